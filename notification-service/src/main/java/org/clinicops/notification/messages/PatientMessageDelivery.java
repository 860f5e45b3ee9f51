package org.clinicops.notification.messages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.clinicops.common.due.DueList;
import org.clinicops.contracts.ContactChannel;
import org.clinicops.notification.alerts.AlertService;
import org.clinicops.notification.routing.AlertRouter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Patient messages: owed when an event calls for one, delivered later by a dispatcher that
 * claims each due message (so one instance sends it), retries failures with growing waits, and
 * after the last attempt marks it failed and tells the coordinators. Alerts never wait on this.
 */
@Service
public class PatientMessageDelivery {

	private static final Logger log = LoggerFactory.getLogger(PatientMessageDelivery.class);

	/** How long a claimed message is left to the instance sending it. */
	private static final Duration CLAIM = Duration.ofMinutes(2);

	private final MongoTemplate mongo;

	private final Contacts contacts;

	private final List<MessageSender> senders;

	private final MessageTexts texts;

	private final AlertService alerts;

	private final AlertRouter router;

	private final Clock clock;

	private final int maxAttempts;

	private final Duration firstRetry;

	private final DueList due;

	PatientMessageDelivery(MongoTemplate mongo, Contacts contacts, List<MessageSender> senders, MessageTexts texts,
			AlertService alerts, AlertRouter router, Clock clock,
			@Value("${clinic.notification.messages.max-attempts}") int maxAttempts,
			@Value("${clinic.notification.messages.first-retry}") Duration firstRetry) {
		this.mongo = mongo;
		this.contacts = contacts;
		this.senders = senders;
		this.texts = texts;
		this.alerts = alerts;
		this.router = router;
		this.clock = clock;
		this.maxAttempts = maxAttempts;
		this.firstRetry = firstRetry;
		this.due = new DueList(mongo, "patient_messages_due");
	}

	public void owe(MessageKind kind, String evaluationId, String initials, String correlationId) {
		PatientMessage owed = PatientMessage.owed(evaluationId, initials, kind, correlationId, this.clock.instant());
		// Listed before it is stored, so no stored message misses its sending.
		this.due.add(owed.id(), owed.nextAttemptAt());
		try {
			this.mongo.insert(owed);
		}
		catch (DuplicateKeyException ex) {
			// Owed already, by an earlier delivery of the same event.
		}
	}

	/** The person withdrew or left: what is still owed to them is not sent. */
	public void cancelFor(String evaluationId) {
		for (MessageKind kind : MessageKind.values()) {
			this.mongo.updateFirst(
					Query.query(Criteria.where("_id").is(PatientMessage.idFor(evaluationId, kind))
						.and("status")
						.is(MessageStatus.PENDING)),
					new Update().set("status", MessageStatus.CANCELLED).set("lastFailure", "contact withdrawn"),
					PatientMessage.class);
		}
	}

	/** Delivers every message now due; returns how many were handled. Only the messages due are read. */
	public int dispatchDue() {
		return this.due.workThroughDue(this.clock, CLAIM, this::deliver);
	}

	/**
	 * Notes the messages owed before owed messages were listed as due: the one search of all
	 * messages, made when the service starts.
	 */
	public void noteStoredMessages() {
		Query pending = Query.query(Criteria.where("status").is(MessageStatus.PENDING));
		for (PatientMessage message : this.mongo.find(pending, PatientMessage.class)) {
			this.due.add(message.id(), message.nextAttemptAt());
		}
	}

	/** Delivers the message if it is still owed; answers whether it was. */
	private boolean deliver(String messageId) {
		PatientMessage message = this.mongo.findById(messageId, PatientMessage.class);
		if (message == null || message.status() != MessageStatus.PENDING) {
			// Listed, then not stored (its event's redelivery lists it again), or cancelled meanwhile.
			this.due.remove(messageId);
			return false;
		}
		deliver(message);
		return true;
	}

	private void deliver(PatientMessage message) {
		Optional<Contact> contact = this.contacts.findById(message.evaluationId());
		if (contact.isEmpty()) {
			finish(message, MessageStatus.CANCELLED, "no contact on file");
			return;
		}
		if (contact.get().channel() == ContactChannel.PHONE) {
			this.alerts.raise(this.router.callPatient(message.initials(), message.evaluationId()), message.id(),
					message.evaluationId(), message.correlationId(), this.clock.instant());
			finish(message, MessageStatus.HANDED_TO_STAFF, null);
			return;
		}
		try {
			MessageSender sender = this.senders.stream()
				.filter(candidate -> candidate.handles(contact.get().channel()))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no sender for " + contact.get().channel()));
			sender.send(contact.get(), this.texts.of(message.kind(), contact.get().firstName()));
			this.mongo.updateFirst(Query.query(Criteria.where("_id").is(message.id())),
					new Update().set("status", MessageStatus.SENT).set("sentAt", this.clock.instant())
						.inc("attempts", 1),
					PatientMessage.class);
			this.due.remove(message.id());
		}
		catch (RuntimeException ex) {
			failed(message, ex);
		}
	}

	private void failed(PatientMessage message, RuntimeException ex) {
		int attempts = message.attempts() + 1;
		// The failure's kind only: provider messages may quote the address.
		String reason = ex.getClass().getSimpleName();
		if (attempts >= this.maxAttempts) {
			log.warn("{} message for evaluation {} failed {} times ({}); coordinators are alerted", message.kind(),
					message.evaluationId(), attempts, reason);
			this.mongo.updateFirst(Query.query(Criteria.where("_id").is(message.id())),
					new Update().set("status", MessageStatus.FAILED).set("attempts", attempts).set("lastFailure", reason),
					PatientMessage.class);
			this.due.remove(message.id());
			this.alerts.raise(this.router.messageFailed(message.initials(), message.evaluationId()), message.id(),
					message.evaluationId(), message.correlationId(), this.clock.instant());
			return;
		}
		Instant next = this.clock.instant().plus(this.firstRetry.multipliedBy(1L << (attempts - 1)));
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(message.id())),
				new Update().set("attempts", attempts).set("lastFailure", reason).set("nextAttemptAt", next),
				PatientMessage.class);
		this.due.postpone(message.id(), next);
	}

	private void finish(PatientMessage message, MessageStatus status, String note) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(message.id())),
				new Update().set("status", status).set("lastFailure", note), PatientMessage.class);
		this.due.remove(message.id());
	}

}
