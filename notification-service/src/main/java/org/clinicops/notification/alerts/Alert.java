package org.clinicops.notification.alerts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.clinicops.common.events.AlertPriority;
import org.clinicops.common.events.AlertRaised;
import org.clinicops.common.events.EventTypes;
import org.clinicops.common.events.StaffRole;
import org.clinicops.common.outbox.OutboxAggregate;
import org.clinicops.notification.routing.AlertSpec;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An alert for staff. Its id is derived from the event that caused it and its recipient, so the
 * same event delivered twice can only ever make one alert per recipient.
 */
@Document("alerts")
public class Alert extends OutboxAggregate {

	@Id
	private String id;

	@Version
	private Long version;

	private String type;

	private AlertPriority priority;

	private StaffRole recipientRole;

	private String recipient;

	private String text;

	private String link;

	@Indexed
	private AlertStatus status;

	private Instant createdAt;

	private String sourceEventId;

	private String evaluationId;

	private String acknowledgedBy;

	private Instant acknowledgedAt;


	protected Alert() {
	}

	public static String idFor(String sourceEventId, AlertSpec spec) {
		String key = sourceEventId + "|" + spec.recipientRole() + "|" + Objects.toString(spec.recipient(), "");
		return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
	}

	public static Alert raise(AlertSpec spec, String sourceEventId, String evaluationId, String correlationId,
			Instant now) {
		Alert alert = new Alert();
		alert.id = idFor(sourceEventId, spec);
		alert.type = spec.alertType();
		alert.priority = spec.priority();
		alert.recipientRole = spec.recipientRole();
		alert.recipient = spec.recipient();
		alert.text = spec.text();
		alert.link = spec.link();
		alert.status = AlertStatus.OPEN;
		alert.createdAt = now;
		alert.sourceEventId = sourceEventId;
		alert.evaluationId = evaluationId;
		alert.register(EventTypes.ALERT_RAISED, new AlertRaised(alert.id, evaluationId, alert.type,
				alert.priority, alert.recipientRole, alert.recipient, alert.link, now), correlationId);
		return alert;
	}

	/** Acknowledging an acknowledged alert changes nothing and keeps who acknowledged it first. */
	public boolean acknowledge(String staffMember, Instant now) {
		if (this.status == AlertStatus.ACKNOWLEDGED) {
			return false;
		}
		this.status = AlertStatus.ACKNOWLEDGED;
		this.acknowledgedBy = staffMember;
		this.acknowledgedAt = now;
		return true;
	}

	public String id() {
		return this.id;
	}

	public String type() {
		return this.type;
	}

	public AlertPriority priority() {
		return this.priority;
	}

	public StaffRole recipientRole() {
		return this.recipientRole;
	}

	public String recipient() {
		return this.recipient;
	}

	public String text() {
		return this.text;
	}

	public String link() {
		return this.link;
	}

	public AlertStatus status() {
		return this.status;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public String sourceEventId() {
		return this.sourceEventId;
	}

	public String evaluationId() {
		return this.evaluationId;
	}

	public String acknowledgedBy() {
		return this.acknowledgedBy;
	}

	public Instant acknowledgedAt() {
		return this.acknowledgedAt;
	}

}
