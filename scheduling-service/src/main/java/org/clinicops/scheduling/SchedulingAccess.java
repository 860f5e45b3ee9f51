package org.clinicops.scheduling;

import org.clinicops.common.security.EndpointAccess;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Who may call scheduling's endpoints: the program is run by the director and the schedulers. */
@Component
class SchedulingAccess implements EndpointAccess {

	private static final String[] CARE_TEAM = { "PROGRAM_DIRECTOR", "SCHEDULER", "CLINICIAN", "INTAKE_COORDINATOR" };

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry endpoints) {
		endpoints.requestMatchers(HttpMethod.POST, "/api/enrollments/*/appointments", "/api/appointments/*/cancel")
			.hasAnyRole("PROGRAM_DIRECTOR", "SCHEDULER", "CLINICIAN")
			.requestMatchers(HttpMethod.GET, "/api/prescribers", "/api/enrollments/*/appointments", "/api/clinicians/*/calendar")
			.hasAnyRole(CARE_TEAM)
			.requestMatchers(HttpMethod.POST, "/api/enrollments/*/support-meetings")
			.hasAnyRole(CARE_TEAM)
			.requestMatchers(HttpMethod.GET, "/api/sessions", "/api/enrollments/*/hours")
			.hasAnyRole(CARE_TEAM)
			.requestMatchers(HttpMethod.POST, "/api/sessions/*/attendance", "/scheduling/sessions/*/attendance")
			.hasAnyRole("CLINICIAN", "PROGRAM_DIRECTOR")
			.requestMatchers(HttpMethod.GET, "/scheduling/today", "/scheduling/clinicians/*/calendar")
			.hasAnyRole(CARE_TEAM)
			.requestMatchers(HttpMethod.POST, "/api/groups", "/api/groups/*/close", "/api/therapists", "/api/prescribers",
				"/api/enrollments/*/discharge", "/api/enrollments/*/transfer")
			.hasAnyRole("PROGRAM_DIRECTOR", "SCHEDULER")
			.requestMatchers(HttpMethod.PUT, "/api/groups/*")
			.hasAnyRole("PROGRAM_DIRECTOR", "SCHEDULER")
			.requestMatchers(HttpMethod.GET, "/api/groups", "/api/groups/*", "/api/groups/*/roster", "/api/therapists",
					"/api/enrollments", "/api/enrollments/*", "/api/enrollments/*/plan", "/api/enrollments/*/plan.ics",
					"/api/waitlist")
			.hasAnyRole(CARE_TEAM)
			.requestMatchers(HttpMethod.GET, "/api/census", "/api/census/stream", "/scheduling/census", "/scheduling/census/stream")
			.hasAnyRole("PROGRAM_DIRECTOR", "SCHEDULER")
			.requestMatchers(HttpMethod.POST, "/scheduling/groups", "/scheduling/enrollments/*/discharge",
					"/scheduling/enrollments/*/transfer")
			.hasAnyRole("PROGRAM_DIRECTOR", "SCHEDULER")
			.requestMatchers(HttpMethod.GET, "/scheduling/groups", "/scheduling/groups/*", "/scheduling/waitlist",
					"/scheduling/enrollments/*")
			.hasAnyRole(CARE_TEAM);
	}

}
