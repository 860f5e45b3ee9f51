package org.clinicops.notification.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.clinicops.common.due.DueList;
import org.clinicops.common.messaging.InboundEvent;
import org.clinicops.common.outbox.OutboxRelay;
import org.clinicops.common.web.ListPage;
import org.clinicops.common.web.RecordNotFoundException;
import org.clinicops.contracts.AlertPriority;
import org.clinicops.contracts.EvaluationAccepted;
import org.clinicops.contracts.StaffRole;
import org.clinicops.notification.NotificationMetrics;
import org.clinicops.notification.routing.AlertRouter;
import org.clinicops.notification.routing.AlertSpec;
import org.clinicops.notification.routing.EscalationPolicy;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

@Service
public class AlertService {

	/** How long a claimed escalation is left to the instance escalating it. */
	private static final Duration ESCALATION_CLAIM = Duration.ofMinutes(2);

	private final Alerts alerts;

	private final MongoTemplate mongo;

	private final AlertRouter router;

	private final NotificationMetrics metrics;

	private final EscalationPolicy escalation;

	private final OutboxRelay relay;

	private final Clock clock;

	private final DueList escalations;

	AlertService(Alerts alerts, MongoTemplate mongo, AlertRouter router, EscalationPolicy escalation,
			OutboxRelay relay, NotificationMetrics metrics, Clock clock) {
		this.alerts = alerts;
		this.mongo = mongo;
		this.router = router;
		this.escalation = escalation;
		this.relay = relay;
		this.metrics = metrics;
		this.clock = clock;
		this.escalations = new DueList(mongo, "alerts_escalation_due");
	}

	/** An event's alerts, built and not yet stored. */
	public record EventAlerts(InboundEvent event, List<Alert> alerts) {
	}

	/**
	 * The alerts the event calls for, built now, none for most events; the events they register
	 * carry the trace current here.
	 */
	public EventAlerts alertsFor(InboundEvent event) {
		Instant now = this.clock.instant();
		return new EventAlerts(event, this.router.route(event.payload())
			.stream()
			.map(spec -> Alert.raise(spec, event.envelope().id(), event.payload().evaluationId(),
					event.envelope().correlationId(), now, this.escalation.escalateAfter(spec.priority())))
			.toList());
	}

	/**
	 * Raises the alerts of many events with one write of each kind: their escalations listed, the
	 * alerts inserted and marked for the relay. An alert stored already (its event delivered again)
	 * is left as it is: the insert then fails on it, and the alerts are raised one at a time instead,
	 * which tells the new ones from the old. A batch delivered again holds its stored alerts first,
	 * where the insert, in order, stops before storing any.
	 */
	public void raise(List<EventAlerts> raising) {
		// One event delivered twice in one batch builds the same alerts twice: they are raised, and
		// the acceptance measured, once.
		Map<String, Alert> distinct = new LinkedHashMap<>();
		List<EventAlerts> firsts = new ArrayList<>();
		for (EventAlerts event : raising) {
			boolean first = false;
			for (Alert alert : event.alerts()) {
				first |= distinct.putIfAbsent(alert.id(), alert) == null;
			}
			if (first) {
				firsts.add(event);
			}
		}
		if (distinct.isEmpty()) {
			return;
		}
		Map<String, Instant> escalationsDue = new LinkedHashMap<>();
		distinct.values().forEach(alert -> alert.escalationDue().ifPresent(due -> escalationsDue.put(alert.id(), due)));
		// Listed before they are stored, so no stored alert misses its escalation.
		this.escalations.addAll(escalationsDue);
		Set<String> raisedNow = new HashSet<>();
		try {
			this.alerts.insert(distinct.values());
			distinct.values().forEach(this::raised);
			raisedNow.addAll(distinct.keySet());
		}
		catch (DuplicateKeyException ex) {
			distinct.values().stream().filter(this::insertListed).forEach(alert -> raisedNow.add(alert.id()));
		}
		firsts.forEach(event -> measureAcceptance(event, event.alerts().stream().map(Alert::id).anyMatch(raisedNow::contains)));
	}

	private void measureAcceptance(EventAlerts event, boolean raised) {
		if (raised && event.event().payload() instanceof EvaluationAccepted accepted) {
			this.metrics.acceptanceAlerted(Duration.between(accepted.acceptedAt(), event.alerts().get(0).createdAt()));
		}
	}

	/**
	 * Raises one alert for whatever caused it ({@code sourceId}: an event, a message); raising it
	 * again for the same cause and recipient changes nothing. Answers whether it was raised now.
	 */
	public boolean raise(AlertSpec spec, String sourceId, String evaluationId, String correlationId, Instant now) {
		Alert raised = Alert.raise(spec, sourceId, evaluationId, correlationId, now,
				this.escalation.escalateAfter(spec.priority()));
		// Listed before it is stored, so no stored alert misses its escalation.
		raised.escalationDue().ifPresent(due -> this.escalations.add(raised.id(), due));
		return insertListed(raised);
	}

	/** Stores an alert whose escalation is listed; answers whether it was raised now. */
	private boolean insertListed(Alert alert) {
		try {
			this.alerts.insert(alert);
		}
		catch (DuplicateKeyException ex) {
			// Raised before for the same cause.
			return false;
		}
		raised(alert);
		return true;
	}

	private void raised(Alert alert) {
		if (alert.priority() == AlertPriority.URGENT) {
			// Staff must see an urgent alert at once, not after the outbox's next poll.
			this.relay.publishNow(Alert.class, alert.id());
		}
		this.metrics.alertRaised(alert.priority(), alert.type());
	}

	/**
	 * Escalates every alert whose time ran out, in two stored steps so that it happens once on any
	 * number of instances and survives a crash: the alert's entry among the escalations due is
	 * claimed by one instance, the alert is marked escalated by a versioned write, then the alerts
	 * it sends are raised under ids derived from it, and only then is the entry removed. Only the
	 * alerts due are read, however many are stored. Returns how many alerts this call escalated.
	 */
	public int escalateOverdue() {
		return this.escalations.workThroughDue(this.clock, ESCALATION_CLAIM,
				alertId -> escalate(alertId, this.clock.instant()));
	}

	/**
	 * Notes the escalations of alerts stored before escalations were listed as due, or whose sending
	 * a crash interrupted before that: the one search of all alerts, made when the service starts.
	 */
	public void noteStoredEscalations() {
		Query waiting = Query.query(new Criteria().orOperator(
				Criteria.where("status").is(AlertStatus.OPEN).and("escalatedAt").is(null).and("escalateAt").ne(null),
				Criteria.where("escalatedAt").ne(null).and("escalationSent").ne(true)));
		for (Alert alert : this.mongo.find(waiting, Alert.class)) {
			this.escalations.add(alert.id(), alert.escalationDue().orElse(alert.escalatedAt()));
		}
	}

	private boolean escalate(String alertId, Instant now) {
		Alert alert = this.alerts.findById(alertId).orElse(null);
		if (alert == null) {
			// Listed, then not stored: the event's redelivery lists it again.
			this.escalations.remove(alertId);
			return false;
		}
		boolean escalatedNow = alert.escalate(now);
		if (escalatedNow) {
			try {
				alert = this.alerts.save(alert);
			}
			catch (OptimisticLockingFailureException ex) {
				// Acknowledged meanwhile: looked at again when the claim runs out.
				return false;
			}
		}
		Optional<Instant> due = alert.escalationDue();
		if (due.isPresent()) {
			this.escalations.postpone(alertId, due.get());
			return false;
		}
		if (alert.escalationUnsent()) {
			sendEscalations(alert, now);
		}
		this.escalations.remove(alertId);
		return escalatedNow;
	}

	private void sendEscalations(Alert alert, Instant now) {
		for (Alert sent : alert.escalations(now)) {
			try {
				this.alerts.insert(sent);
				this.metrics.alertRaised(sent.priority(), sent.type());
			}
			catch (DuplicateKeyException ex) {
				// Sent before a crash interrupted this escalation.
			}
		}
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(alert.id())),
				new Update().set("escalationSent", true), Alert.class);
	}

	/** One page of the alerts that match every filter given, newest first. */
	public List<Alert> list(AlertFilter filter, ListPage page) {
		Criteria criteria = new Criteria();
		if (filter.status() != null) {
			criteria.and("status").is(filter.status());
		}
		if (filter.role() != null) {
			criteria.and("recipientRole").is(filter.role());
		}
		if (filter.priority() != null) {
			criteria.and("priority").is(filter.priority());
		}
		if (filter.recipient() != null) {
			criteria.and("recipient").is(filter.recipient());
		}
		if (filter.evaluationId() != null) {
			criteria.and("evaluationId").is(filter.evaluationId());
		}
		return this.mongo.find(page.narrow(criteria, "createdAt"), Alert.class);
	}

	/** One page of the open alerts for these roles, newest first. */
	public List<Alert> openFor(Set<StaffRole> roles, ListPage page) {
		return this.mongo.find(
				page.narrow(Criteria.where("recipientRole").in(roles).and("status").is(AlertStatus.OPEN), "createdAt"),
				Alert.class);
	}

	/** The alerts for these roles acknowledged most recently. */
	public List<Alert> recentlyAcknowledged(Set<StaffRole> roles, int count) {
		return this.mongo.find(Query.query(Criteria.where("recipientRole").in(roles).and("status").is(AlertStatus.ACKNOWLEDGED))
			.with(Sort.by(Sort.Direction.DESC, "createdAt"))
			.limit(count), Alert.class);
	}

	/** The recipient's role acknowledges, and the program director may acknowledge any alert. */
	public Alert acknowledge(String id, String staffMember, Set<StaffRole> roles) {
		Alert alert = this.alerts.findById(id).orElseThrow(() -> new RecordNotFoundException("alert", id));
		if (!roles.contains(alert.recipientRole()) && !roles.contains(StaffRole.PROGRAM_DIRECTOR)) {
			throw new AccessDeniedException("alert " + id + " is for " + alert.recipientRole());
		}
		if (alert.acknowledge(staffMember, this.clock.instant())) {
			Alert saved = this.alerts.save(alert);
			this.metrics.alertAcknowledged(saved.priority(), Duration.between(saved.createdAt(), saved.acknowledgedAt()));
			return saved;
		}
		return alert;
	}

}
