package org.clinicops.notification;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.clinicops.contracts.AlertPriority;
import org.clinicops.notification.routing.AlertType;

import org.springframework.stereotype.Component;

/**
 * Alerts as counters and timers, by priority and type only. The timers exist from the start at
 * zero, so dashboards see the first acknowledgement too.
 */
@Component
public class NotificationMetrics {

	private final MeterRegistry registry;

	NotificationMetrics(MeterRegistry registry) {
		this.registry = registry;
		for (AlertPriority priority : AlertPriority.values()) {
			acknowledgementTime(priority);
		}
		acceptanceToAlert();
	}

	public void alertRaised(AlertPriority priority, AlertType alertType) {
		Counter.builder("clinic.alerts.raised")
			.description("Alerts raised for staff")
			.tag("priority", priority.name())
			.tag("type", alertType.name())
			.register(this.registry)
			.increment();
	}

	public void alertAcknowledged(AlertPriority priority, Duration afterRaised) {
		acknowledgementTime(priority).record(afterRaised);
	}

	/** The first staff alert about an acceptance, measured from the clinician's decision. */
	public void acceptanceAlerted(Duration sinceAcceptance) {
		acceptanceToAlert().record(sinceAcceptance);
	}

	private Timer acknowledgementTime(AlertPriority priority) {
		return Timer.builder("clinic.alerts.acknowledgement.time")
			.description("Time from an alert being raised to a staff member acknowledging it")
			.tag("priority", priority.name())
			.register(this.registry);
	}

	private Timer acceptanceToAlert() {
		return Timer.builder("clinic.pipeline.acceptance.to.alert")
			.description("Time from the clinician's acceptance to the first staff alert about it")
			.register(this.registry);
	}

}
