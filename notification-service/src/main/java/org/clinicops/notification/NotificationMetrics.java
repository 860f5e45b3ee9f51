package org.clinicops.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.clinicops.common.events.AlertPriority;

import org.springframework.stereotype.Component;

/** Alerts as counters; tags are the priority and the alert type, both bounded. */
@Component
public class NotificationMetrics {

	private final MeterRegistry registry;

	NotificationMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	public void alertRaised(AlertPriority priority, String alertType) {
		Counter.builder("clinic.alerts.raised")
			.description("Alerts raised for staff")
			.tag("priority", priority.name())
			.tag("type", alertType)
			.register(this.registry)
			.increment();
	}

}
