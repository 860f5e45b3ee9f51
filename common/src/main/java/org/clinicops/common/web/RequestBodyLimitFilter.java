package org.clinicops.common.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than the limit with 413, before anything reads it: a declared
 * length is checked at once, and a body without one (chunked) is cut off where it passes the
 * limit, which {@link ProblemDetailAdvice} answers with 413 too.
 */
public class RequestBodyLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	public RequestBodyLimitFilter(DataSize limit) {
		this.maxBytes = limit.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.maxBytes) {
			ProblemResponses.write(response, HttpStatus.CONTENT_TOO_LARGE, "Request too large", tooLarge(this.maxBytes));
			return;
		}
		chain.doFilter(new LimitedRequest(request, this.maxBytes), response);
	}

	static String tooLarge(long maxBytes) {
		return "The request body is larger than " + maxBytes + " bytes.";
	}

	/** Thrown while reading a body that turns out larger than the limit. */
	public static final class BodyTooLargeException extends IOException {

		BodyTooLargeException(long maxBytes) {
			super(tooLarge(maxBytes));
		}

	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long maxBytes;

		private ServletInputStream limited;

		LimitedRequest(HttpServletRequest request, long maxBytes) {
			super(request);
			this.maxBytes = maxBytes;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.limited == null) {
				this.limited = new LimitedInputStream(super.getInputStream(), this.maxBytes);
			}
			return this.limited;
		}

	}

	private static final class LimitedInputStream extends ServletInputStream {

		private final ServletInputStream body;

		private final long maxBytes;

		private long read;

		LimitedInputStream(ServletInputStream body, long maxBytes) {
			this.body = body;
			this.maxBytes = maxBytes;
		}

		@Override
		public int read() throws IOException {
			int next = this.body.read();
			if (next >= 0) {
				count(1);
			}
			return next;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int count = this.body.read(buffer, offset, length);
			if (count > 0) {
				count(count);
			}
			return count;
		}

		private void count(int bytes) throws BodyTooLargeException {
			this.read += bytes;
			if (this.read > this.maxBytes) {
				throw new BodyTooLargeException(this.maxBytes);
			}
		}

		@Override
		public boolean isFinished() {
			return this.body.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.body.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.body.setReadListener(listener);
		}

	}

}
