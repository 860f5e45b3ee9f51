package org.clinicops.notification.alerts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Escalates overdue alerts on a schedule; every deadline is stored, so restarts lose none. */
@Component
class EscalationSweep {

	private static final Logger log = LoggerFactory.getLogger(EscalationSweep.class);

	private final AlertService alerts;

	EscalationSweep(AlertService alerts) {
		this.alerts = alerts;
	}

	@EventListener(ApplicationReadyEvent.class)
	void noteStoredEscalations() {
		try {
			this.alerts.noteStoredEscalations();
		}
		catch (RuntimeException ex) {
			log.warn("Escalations of alerts stored earlier are noted at the next start: {}", ex.getMessage());
		}
	}

	@Scheduled(fixedDelayString = "${clinic.notification.escalation.sweep-interval:30s}",
			initialDelayString = "${clinic.notification.escalation.sweep-interval:30s}")
	void sweep() {
		try {
			this.alerts.escalateOverdue();
		}
		catch (RuntimeException ex) {
			log.warn("Escalation sweep will run again: {}", ex.getMessage());
		}
	}

}
