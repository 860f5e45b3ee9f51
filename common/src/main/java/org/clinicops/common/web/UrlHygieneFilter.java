package org.clinicops.common.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a URL no client of the platform has reason to send: a MongoDB operator or query shape
 * ({@code $}, braces, brackets) or a control character anywhere in the path or the query, or a
 * dotted query parameter name. Ids, dates, weeks and choices never contain them, so nothing
 * legitimate is lost, and nothing of the kind reaches a handler.
 */
public class UrlHygieneFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = decoded(request.getRequestURI());
		String query = (request.getQueryString() != null) ? decoded(request.getQueryString()) : "";
		boolean dottedName = query != null && Arrays.stream(query.split("&"))
			.map(parameter -> parameter.split("=", 2)[0])
			.anyMatch(name -> name.contains("."));
		if (path == null || query == null || suspicious(path) || suspicious(query) || dottedName) {
			ProblemResponses.write(response, HttpStatus.BAD_REQUEST, "Malformed request",
					"The URL contains characters no request of this service uses ($, braces, brackets, control "
							+ "characters or dotted parameter names).");
			return;
		}
		chain.doFilter(request, response);
	}

	private static String decoded(String text) {
		try {
			return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static boolean suspicious(String text) {
		return text.chars().anyMatch(c -> c == '$' || c == '{' || c == '}' || c == '[' || c == ']' || c < 0x20 || c == 0x7f);
	}

}
