package org.clinicops.common.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import tools.jackson.databind.json.JsonMapper;

/** Missing login and missing role answered in the platform's problem-detail format. */
final class ProblemAuthenticationHandlers {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static AuthenticationEntryPoint loginRequired() {
		return (request, response, ex) -> {
			response.setHeader("WWW-Authenticate", "Basic realm=\"clinic-ops\"");
			write(response, HttpStatus.UNAUTHORIZED, "Login required", "This endpoint needs a staff login.");
		};
	}

	static AccessDeniedHandler roleRequired() {
		return (request, response, ex) -> write(response, HttpStatus.FORBIDDEN, "Forbidden",
				"Your staff role does not allow this.");
	}

	private static void write(HttpServletResponse response, HttpStatus status, String title, String detail)
			throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		JSON.writeValue(response.getOutputStream(), problem);
	}

	private ProblemAuthenticationHandlers() {
	}

}
