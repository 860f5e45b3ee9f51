package org.clinicops.common.security;

import org.clinicops.common.web.ProblemResponses;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** Missing login and missing role answered in the platform's problem-detail format. */
final class ProblemAuthenticationHandlers {

	static AuthenticationEntryPoint loginRequired() {
		return (request, response, ex) -> {
			response.setHeader("WWW-Authenticate", "Basic realm=\"clinic-ops\"");
			ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, "Login required",
					(ex instanceof LockedException) ? "This account is locked after repeated failed logins; try again later."
							: "This endpoint needs a staff login.");
		};
	}

	static AccessDeniedHandler roleRequired() {
		return (request, response, ex) -> ProblemResponses.write(response, HttpStatus.FORBIDDEN, "Forbidden",
				"Your staff role does not allow this.");
	}

	private ProblemAuthenticationHandlers() {
	}

}
