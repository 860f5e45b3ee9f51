package org.clinicops.notification;

import java.time.Duration;

import org.clinicops.notification.routing.AlertRouter;
import org.clinicops.notification.routing.EscalationPolicy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationConfiguration {

	@Bean
	AlertRouter alertRouter(@Value("${clinic.notification.links.intake}") String intake,
			@Value("${clinic.notification.links.scheduling}") String scheduling) {
		return new AlertRouter(intake, scheduling);
	}

	@Bean
	EscalationPolicy escalationPolicy(@Value("${clinic.notification.escalation.urgent-after}") Duration urgent,
			@Value("${clinic.notification.escalation.high-after}") Duration high) {
		return new EscalationPolicy(urgent, high);
	}

}
