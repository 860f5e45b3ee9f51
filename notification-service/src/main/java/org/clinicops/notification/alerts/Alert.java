package org.clinicops.notification.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.clinicops.common.ids.DerivedIds;
import org.clinicops.common.outbox.OutboxAggregate;
import org.clinicops.contracts.AlertAcknowledged;
import org.clinicops.contracts.AlertEscalated;
import org.clinicops.contracts.AlertPriority;
import org.clinicops.contracts.AlertRaised;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.StaffRole;
import org.clinicops.notification.routing.AlertSpec;
import org.clinicops.notification.routing.AlertType;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An alert for staff. Its id is derived from the event that caused it and its recipient, so the
 * same event delivered twice can only ever make one alert per recipient.
 */
@Document("alerts")
@CompoundIndex(name = "newest", def = "{'createdAt': -1, '_id': -1}")
@CompoundIndex(name = "by_status", def = "{'status': 1, 'createdAt': -1, '_id': -1}")
@CompoundIndex(name = "by_role", def = "{'recipientRole': 1, 'status': 1, 'createdAt': -1, '_id': -1}")
@CompoundIndex(name = "by_recipient", def = "{'recipient': 1, 'createdAt': -1, '_id': -1}")
@CompoundIndex(name = "by_evaluation", def = "{'evaluationId': 1, 'createdAt': -1, '_id': -1}")
public class Alert extends OutboxAggregate {

	@Id
	private String id;

	@Version
	private Long version;

	private AlertType type;

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

	private String correlationId;

	/** When an unacknowledged alert is sent again and escalated; none for alerts that never escalate. */
	@Indexed(sparse = true)
	private Instant escalateAt;

	private Instant escalatedAt;

	private boolean escalationSent;

	/** For an alert raised by an escalation: the alert that was not acknowledged in time. */
	private String escalationOf;

	protected Alert() {
	}

	public static String idFor(String sourceEventId, AlertSpec spec) {
		return DerivedIds.of(sourceEventId, spec.recipientRole(), spec.recipient());
	}

	public static Alert raise(AlertSpec spec, String sourceEventId, String evaluationId, String correlationId,
			Instant now, Optional<Duration> escalateAfter) {
		Alert alert = build(idFor(sourceEventId, spec), spec, sourceEventId, evaluationId, correlationId, now);
		alert.escalateAt = escalateAfter.map(now::plus).orElse(null);
		return alert;
	}

	private static Alert build(String id, AlertSpec spec, String sourceEventId, String evaluationId,
			String correlationId, Instant now) {
		Alert alert = new Alert();
		alert.id = id;
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
		alert.correlationId = correlationId;
		alert.register(EventTypes.ALERT_RAISED, new AlertRaised(alert.id, evaluationId, alert.type.name(),
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
		register(EventTypes.ALERT_ACKNOWLEDGED, new AlertAcknowledged(this.id, this.evaluationId, staffMember, now),
				this.correlationId);
		return true;
	}

	/**
	 * Marks an open alert whose time ran out as escalated, once; returns whether this call did.
	 * The alerts the escalation sends are raised after this is stored ({@link #escalations}).
	 */
	public boolean escalate(Instant now) {
		if (this.status != AlertStatus.OPEN || this.escalatedAt != null || this.escalateAt == null
				|| this.escalateAt.isAfter(now)) {
			return false;
		}
		this.escalatedAt = now;
		register(EventTypes.ALERT_ESCALATED, new AlertEscalated(this.id, this.evaluationId, this.priority, now),
				this.correlationId);
		return true;
	}

	/** When this alert is to be escalated, while it is open and not escalated yet. */
	public Optional<Instant> escalationDue() {
		return (this.status == AlertStatus.OPEN && this.escalatedAt == null) ? Optional.ofNullable(this.escalateAt)
				: Optional.empty();
	}

	/** Escalated, and the alerts the escalation sends not all raised yet. */
	public boolean escalationUnsent() {
		return this.escalatedAt != null && !this.escalationSent;
	}

	/**
	 * What an escalation sends: the alert again to its recipient, and to the program director when
	 * they were not its recipient. Their ids derive from this alert's, so sending twice is harmless.
	 */
	public List<Alert> escalations(Instant now) {
		String text = "Not acknowledged in time: " + this.text;
		List<Alert> sent = new ArrayList<>();
		sent.add(escalation("again", new AlertSpec(this.type, this.priority, this.recipientRole, this.recipient, text,
				this.link), now));
		if (this.recipientRole != StaffRole.PROGRAM_DIRECTOR || this.recipient != null) {
			sent.add(escalation("director", new AlertSpec(this.type, this.priority, StaffRole.PROGRAM_DIRECTOR, null,
					text, this.link), now));
		}
		return sent;
	}

	private Alert escalation(String kind, AlertSpec spec, Instant now) {
		String id = DerivedIds.of(this.id, "escalation", kind);
		Alert alert = build(id, spec, this.sourceEventId, this.evaluationId, this.correlationId, now);
		alert.escalationOf = this.id;
		return alert;
	}


	public String id() {
		return this.id;
	}

	public AlertType type() {
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

	public Instant escalateAt() {
		return this.escalateAt;
	}

	public Instant escalatedAt() {
		return this.escalatedAt;
	}

	public String escalationOf() {
		return this.escalationOf;
	}

}
