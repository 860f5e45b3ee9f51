package org.clinicops.notification.alerts;

import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.clinicops.common.messaging.InboundEvent;
import org.clinicops.common.web.LiveFeed;
import org.clinicops.contracts.AlertAcknowledged;
import org.clinicops.contracts.AlertEscalated;
import org.clinicops.contracts.AlertRaised;
import org.clinicops.contracts.ClinicEvent;
import org.clinicops.contracts.StaffRole;
import org.clinicops.contracts.Topics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Pushes new and changed alerts to the staff connected to this instance, as server-sent events.
 * It reads the alerts topic in a consumer group of its own per instance, so every instance sees
 * every alert, whichever instance raised or changed it; only the connections live in memory.
 */
@Component
public class AlertStream extends LiveFeed<Set<StaffRole>> {

	static final String LISTENER_ID = "alert-stream";

	private final Alerts alerts;

	AlertStream(Alerts alerts) {
		this.alerts = alerts;
	}

	/** A connection that receives the alerts of these roles until it closes (the browser reconnects). */
	@Override
	public SseEmitter subscribe(Set<StaffRole> roles) {
		return super.subscribe(Set.copyOf(roles));
	}

	@KafkaListener(id = LISTENER_ID, topics = Topics.NOTIFICATION_ALERTS, groupId = "notification-stream-${random.uuid}",
			properties = "auto.offset.reset=latest")
	void on(ConsumerRecord<String, String> record) {
		if (!hasSubscribers()) {
			// Nobody to show it to: a burst of alerts costs neither a parse nor a read each.
			return;
		}
		InboundEvent.read(record).map(InboundEvent::payload).map(AlertStream::alertId).ifPresent(this::push);
	}

	private static String alertId(ClinicEvent event) {
		if (event instanceof AlertRaised raised) {
			return raised.alertId();
		}
		if (event instanceof AlertAcknowledged acknowledged) {
			return acknowledged.alertId();
		}
		return (event instanceof AlertEscalated escalated) ? escalated.alertId() : null;
	}

	private void push(String alertId) {
		this.alerts.findById(alertId)
			.map(AlertView::of)
			.ifPresent(alert -> send("alert", alert.id(), alert,
					roles -> roles.contains(alert.recipientRole())));
	}

}
