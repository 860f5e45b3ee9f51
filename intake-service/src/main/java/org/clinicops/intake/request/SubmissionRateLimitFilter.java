package org.clinicops.intake.request;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.clinicops.common.web.ProblemResponses;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 429 to a client that submits the public evaluation form (API or page) too often. The
 * client is the request's remote address, which {@code server.forward-headers-strategy} takes
 * from a trusted proxy's {@code X-Forwarded-For}.
 */
class SubmissionRateLimitFilter extends OncePerRequestFilter {

	private final SubmissionRateLimiter limiter;

	SubmissionRateLimitFilter(SubmissionRateLimiter limiter) {
		this.limiter = limiter;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !"POST".equals(request.getMethod())
				|| !(path.equals("/api/evaluation-requests") || path.equals(PublicFormPage.PATH));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Duration wait = this.limiter.tryAcquire(request.getRemoteAddr());
		if (!wait.isZero()) {
			long seconds = Math.max(1, wait.toSeconds());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
			ProblemResponses.write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
					"Too many evaluation requests from this address; try again in " + seconds + " seconds.");
			return;
		}
		chain.doFilter(request, response);
	}

}
