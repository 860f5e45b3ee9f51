package org.clinicops.notification.alerts;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.clinicops.common.events.AlertAcknowledged;
import org.clinicops.common.events.AlertEscalated;
import org.clinicops.common.events.AlertRaised;
import org.clinicops.common.events.ClinicEvent;
import org.clinicops.common.events.StaffRole;
import org.clinicops.common.events.Topics;
import org.clinicops.common.messaging.InboundEvent;

import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Pushes new and changed alerts to the staff connected to this instance, as server-sent events.
 * It reads the alerts topic in a consumer group of its own per instance, so every instance sees
 * every alert, whichever instance raised or changed it; only the connections live in memory.
 * On shutdown it closes them first (browsers reconnect to another instance), so that a graceful
 * shutdown does not wait on connections that never end.
 */
@Component
public class AlertStream implements SmartLifecycle {

	static final String LISTENER_ID = "alert-stream";

	private static final Duration CONNECTION_LIFETIME = Duration.ofMinutes(30);

	private record Subscriber(SseEmitter emitter, Set<StaffRole> roles) {
	}

	private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();

	private final Alerts alerts;

	AlertStream(Alerts alerts) {
		this.alerts = alerts;
	}

	private volatile boolean running;

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		this.subscribers.forEach(subscriber -> subscriber.emitter().complete());
		this.subscribers.clear();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** A connection that receives the alerts of these roles until it closes (the browser reconnects). */
	public SseEmitter subscribe(Set<StaffRole> roles) {
		SseEmitter emitter = new SseEmitter(CONNECTION_LIFETIME.toMillis());
		Subscriber subscriber = new Subscriber(emitter, Set.copyOf(roles));
		this.subscribers.add(subscriber);
		emitter.onCompletion(() -> this.subscribers.remove(subscriber));
		emitter.onTimeout(() -> this.subscribers.remove(subscriber));
		emitter.onError(error -> this.subscribers.remove(subscriber));
		try {
			emitter.send(SseEmitter.event().comment("connected"));
		}
		catch (IOException ex) {
			this.subscribers.remove(subscriber);
		}
		return emitter;
	}

	@KafkaListener(id = LISTENER_ID, topics = Topics.NOTIFICATION_ALERTS, groupId = "notification-stream-${random.uuid}",
			properties = "auto.offset.reset=latest")
	void on(ConsumerRecord<String, String> record) {
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
		this.alerts.findById(alertId).map(AlertView::of).ifPresent(alert -> {
			for (Subscriber subscriber : this.subscribers) {
				if (subscriber.roles().contains(alert.recipientRole())) {
					try {
						subscriber.emitter().send(SseEmitter.event().name("alert").id(alert.id()).data(alert));
					}
					catch (IOException | IllegalStateException ex) {
						this.subscribers.remove(subscriber);
					}
				}
			}
		});
	}

}
