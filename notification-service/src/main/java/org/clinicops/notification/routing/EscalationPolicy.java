package org.clinicops.notification.routing;

import java.time.Duration;
import java.util.Optional;

import org.clinicops.contracts.AlertPriority;

/**
 * How long an alert may stay unacknowledged before it is sent again and escalated to the program
 * director: URGENT after a short time, HIGH after a longer one, the others never.
 */
public final class EscalationPolicy {

	private final Duration urgent;

	private final Duration high;

	public EscalationPolicy(Duration urgent, Duration high) {
		this.urgent = urgent;
		this.high = high;
	}

	public Optional<Duration> escalateAfter(AlertPriority priority) {
		return switch (priority) {
			case URGENT -> Optional.of(this.urgent);
			case HIGH -> Optional.of(this.high);
			case NORMAL, INFO -> Optional.empty();
		};
	}

}
