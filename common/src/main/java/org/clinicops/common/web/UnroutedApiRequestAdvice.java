package org.clinicops.common.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An API request that reaches no endpoint (an unknown path, or a method the path does not take)
 * has no controller for {@link ProblemDetailAdvice} to advise; it gets the same problem detail. Pages
 * keep the shared error page.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class UnroutedApiRequestAdvice {

	@ExceptionHandler({ NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class })
	ResponseEntity<ProblemDetail> unrouted(Exception ex, HttpServletRequest request) throws Exception {
		if (!request.getRequestURI().startsWith("/api/")) {
			// Declined: the next resolver and the error page take it, as for any page.
			throw ex;
		}
		ErrorResponse error = (ErrorResponse) ex;
		return ResponseEntity.status(error.getStatusCode()).headers(error.getHeaders()).body(error.getBody());
	}

}
