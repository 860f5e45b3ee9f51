package org.clinicops.common.pages;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where each service's pages are, so that one navigation links the three.
 *
 * @param intakeUrl the intake service's base URL as a browser reaches it
 * @param schedulingUrl the scheduling service's base URL
 * @param notificationUrl the notification service's base URL
 */
@ConfigurationProperties("clinic.navigation")
public record NavigationProperties(@DefaultValue("http://localhost:8081") String intakeUrl,
		@DefaultValue("http://localhost:8082") String schedulingUrl,
		@DefaultValue("http://localhost:8083") String notificationUrl) {
}
