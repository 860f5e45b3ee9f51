package org.clinicops.notification;

import org.clinicops.common.security.EndpointAccess;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Who may read and acknowledge alerts: the care team; which alert is theirs is checked per alert. */
@Component
class NotificationAccess implements EndpointAccess {

	private static final String[] CARE_TEAM = { "PROGRAM_DIRECTOR", "SCHEDULER", "CLINICIAN", "INTAKE_COORDINATOR" };

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry endpoints) {
		endpoints.requestMatchers(HttpMethod.GET, "/api/alerts", "/api/alerts/stream", "/alerts", "/alerts/stream")
			.hasAnyRole(CARE_TEAM)
			.requestMatchers(HttpMethod.POST, "/api/alerts/*/acknowledge", "/alerts/*/acknowledge")
			.hasAnyRole(CARE_TEAM);
	}

}
