package org.clinicops.notification;

import org.clinicops.notification.routing.AlertRouter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

	@Bean
	AlertRouter alertRouter(@Value("${clinic.notification.links.intake}") String intake,
			@Value("${clinic.notification.links.scheduling}") String scheduling) {
		return new AlertRouter(intake, scheduling);
	}

}
