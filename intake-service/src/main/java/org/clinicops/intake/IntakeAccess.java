package org.clinicops.intake;

import org.clinicops.common.security.EndpointAccess;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Who may call intake's endpoints. The request form is the only endpoint open without login. */
@Component
class IntakeAccess implements EndpointAccess {

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry endpoints) {
		endpoints.requestMatchers(HttpMethod.POST, "/api/evaluation-requests")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/api/evaluation-requests/*/screening", "/api/evaluation-requests/*/decision")
			.hasRole("CLINICIAN")
			.requestMatchers(HttpMethod.POST, "/api/evaluation-requests/*/withdraw")
			.hasAnyRole("INTAKE_COORDINATOR", "CLINICIAN")
			.requestMatchers(HttpMethod.GET, "/api/evaluation-requests", "/api/evaluation-requests/*")
			.hasAnyRole("INTAKE_COORDINATOR", "CLINICIAN", "PROGRAM_DIRECTOR");
	}

}
