package org.clinicops.intake;

import org.clinicops.common.security.EndpointAccess;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call intake's endpoints and pages. The request form (API and page) is the only thing
 * open without a login.
 */
@Component
class IntakeAccess implements EndpointAccess {

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry endpoints) {
		endpoints.requestMatchers(HttpMethod.POST, "/api/evaluation-requests")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/api/evaluation-requests/*/screening", "/api/evaluation-requests/*/decision")
			.hasRole("CLINICIAN")
			.requestMatchers(HttpMethod.POST, "/api/evaluation-requests/*/withdraw",
					"/api/evaluation-requests/*/consent-withdrawal")
			.hasAnyRole("INTAKE_COORDINATOR", "CLINICIAN")
			.requestMatchers(HttpMethod.GET, "/api/evaluation-requests", "/api/evaluation-requests/*")
			.hasAnyRole("INTAKE_COORDINATOR", "CLINICIAN", "PROGRAM_DIRECTOR")
			.requestMatchers(HttpMethod.PUT, "/api/evaluation-requests/*/benefits")
			.hasRole("INTAKE_COORDINATOR")
			.requestMatchers(HttpMethod.POST, "/api/evaluation-requests/*/authorizations")
			.hasRole("INTAKE_COORDINATOR")
			.requestMatchers(HttpMethod.GET, "/api/evaluation-requests/*/benefits",
					"/api/evaluation-requests/*/authorizations")
			.hasAnyRole("INTAKE_COORDINATOR", "PROGRAM_DIRECTOR")
			.requestMatchers("/request-evaluation", "/request-evaluation/received")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/intake/requests/*/screening", "/intake/requests/*/decision")
			.hasRole("CLINICIAN")
			.requestMatchers(HttpMethod.POST, "/intake/requests/*/withdraw", "/intake/requests/*/consent-withdrawal")
			.hasAnyRole("INTAKE_COORDINATOR", "CLINICIAN")
			.requestMatchers(HttpMethod.POST, "/intake/requests/*/benefits", "/intake/requests/*/authorizations")
			.hasRole("INTAKE_COORDINATOR")
			.requestMatchers(HttpMethod.GET, "/intake/queue", "/intake/requests/*")
			.hasAnyRole("INTAKE_COORDINATOR", "CLINICIAN", "PROGRAM_DIRECTOR")
			.requestMatchers(HttpMethod.GET, "/intake/utilization-review")
			.hasAnyRole("INTAKE_COORDINATOR", "PROGRAM_DIRECTOR");
	}

}
