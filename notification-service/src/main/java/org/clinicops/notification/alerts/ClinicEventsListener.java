package org.clinicops.notification.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.opentelemetry.context.Scope;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.clinicops.common.messaging.InboundEvent;
import org.clinicops.common.outbox.TraceParent;
import org.clinicops.contracts.Topics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Every intake and scheduling event staff must act on becomes alerts, a batch of records at a
 * time: the alerts of all the batch's events are listed for escalation, stored and marked for the
 * relay with one write each, where one at a time cost three writes per alert. A record that cannot
 * be read, or whose alerts cannot be stored, is named to the error handler by its place in the
 * batch once the records before it are done with: the handler commits those, retries from it, and
 * parks that record alone.
 * <p>
 * No record of the events handled is kept: an alert's id derives from its event and recipient, so
 * a redelivery finds its alerts stored and raises none, and the escalation it lists again is
 * dropped by the sweep once it finds the alert acknowledged or escalated already. A record would
 * cost two database commands on every alerting event to spare that.
 */
@Component
class ClinicEventsListener {

	private final AlertService alerts;

	ClinicEventsListener(AlertService alerts) {
		this.alerts = alerts;
	}

	@KafkaListener(topics = { Topics.INTAKE_EVALUATIONS, Topics.SCHEDULING_ENROLLMENTS },
			concurrency = "${clinic.kafka.partitions}", batch = "true")
	void on(List<ConsumerRecord<String, String>> records) {
		List<AlertService.EventAlerts> raising = new ArrayList<>();
		int firstRaising = 0;
		for (int index = 0; index < records.size(); index++) {
			ConsumerRecord<String, String> record = records.get(index);
			Optional<AlertService.EventAlerts> built;
			try (Scope publishedIn = TraceParent.of(record).makeCurrent()) {
				built = InboundEvent.read(record).map(this.alerts::alertsFor).filter(event -> !event.alerts().isEmpty());
			}
			catch (RuntimeException ex) {
				raise(raising, firstRaising);
				throw new BatchListenerFailedException(ex.getMessage(), ex, index);
			}
			if (built.isPresent() && raising.isEmpty()) {
				firstRaising = index;
			}
			built.ifPresent(raising::add);
		}
		raise(raising, firstRaising);
	}

	private void raise(List<AlertService.EventAlerts> raising, int firstIndex) {
		try {
			this.alerts.raise(raising);
		}
		catch (RuntimeException ex) {
			throw new BatchListenerFailedException(ex.getMessage(), ex, firstIndex);
		}
	}

}
