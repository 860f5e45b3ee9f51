package org.clinicops.scheduling.attendance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

import org.clinicops.common.outbox.OutboxEvent;
import org.clinicops.common.outbox.OutboxPending;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.WeekHoursOutOfRange;
import org.clinicops.scheduling.CareDeliveryMetrics;
import org.clinicops.scheduling.enrollment.Enrollment;
import org.clinicops.scheduling.enrollment.EnrollmentService;
import org.clinicops.scheduling.enrollment.EnrollmentStatus;
import org.clinicops.scheduling.enrollment.PlanService;
import org.clinicops.scheduling.enrollment.WeekAttendance;
import org.clinicops.scheduling.plans.WeeklyPlan;
import org.clinicops.scheduling.plans.WeeklyPlanner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The clinical hours each person attended per ISO week, against the planned hours and the minimum
 * (9 hours, 6 for adolescents): counted as attendance is taken, and each week closed once after it
 * ends (Monday 00:00 in the clinic's zone), on any number of instances.
 */
@Component
public class AttendedHours implements WeekAttendance {

	private static final Logger log = LoggerFactory.getLogger(AttendedHours.class);

	private final MongoTemplate mongo;

	private final EnrollmentService enrollments;

	private final PlanService plans;

	private final Clock clock;

	private final ZoneId clinicZone;

	private final CareDeliveryMetrics metrics;

	private final OutboxPending pending;

	AttendedHours(MongoTemplate mongo, EnrollmentService enrollments, PlanService plans, CareDeliveryMetrics metrics,
			OutboxPending pending, Clock clock, @Value("${clinic.scheduling.time-zone}") ZoneId clinicZone) {
		this.mongo = mongo;
		this.pending = pending;
		this.metrics = metrics;
		this.enrollments = enrollments;
		this.plans = plans;
		this.clock = clock;
		this.clinicZone = clinicZone;
	}

	/** A person's week: planned, attended, the minimum, and whether the attended hours lie within the range. */
	public record WeekHours(String week, BigDecimal plannedHours, BigDecimal attendedHours, BigDecimal minimumHours,
			boolean withinRange) {
	}

	/** Counts (or, for a correction, recounts) what a person attended of one session. */
	void count(String enrollmentId, ClinicSession session, int minutesAttended) {
		String week = WeeklyPlanner.isoWeekOf(session.start().toLocalDate());
		this.mongo.upsert(Query.query(Criteria.where("_id").is(AttendedWeek.idFor(enrollmentId, week))),
				new Update().set("minutesBySession." + session.id(), minutesAttended).inc("version", 1), AttendedWeek.class);
	}

	public WeekHours of(String enrollmentId, String isoWeek) {
		Enrollment enrollment = this.enrollments.get(enrollmentId);
		String week = (isoWeek != null) ? isoWeek : WeeklyPlanner.isoWeekOf(today());
		WeeklyPlan plan = this.plans.planOf(enrollment.id(), week);
		BigDecimal attended = attended(enrollmentId, week).attendedHours();
		return new WeekHours(week, plan.totalHours(), attended, plan.minimumHours(),
				attended.compareTo(plan.minimumHours()) >= 0 && attended.compareTo(WeeklyPlanner.MAXIMUM) < 0);
	}

	@Override
	public BigDecimal attendedHours(String enrollmentId, String isoWeek) {
		return attended(enrollmentId, isoWeek).attendedHours();
	}

	@Override
	public List<Attended> sessions(String enrollmentId, String isoWeek) {
		AttendanceRun run = this.mongo.findById(enrollmentId, AttendanceRun.class);
		return (run != null) ? run.inWeekOf(WeeklyPlanner.mondayOf(isoWeek)) : List.of();
	}

	/** Closes the week that ended last Sunday for every active person who was in it. */
	@Scheduled(fixedDelayString = "${clinic.scheduling.sweep-interval:60s}",
			initialDelayString = "${clinic.scheduling.sweep-interval:60s}")
	void closeLastWeek() {
		try {
			closeWeekEnding(today().with(TemporalAdjusters.previous(DayOfWeek.SUNDAY)));
		}
		catch (RuntimeException ex) {
			log.warn("Closing last week's hours will run again: {}", ex.getMessage());
		}
	}

	/**
	 * Closes the ISO week that ends on the given Sunday; returns how many weeks this call closed.
	 * Once the week is over and every person's is closed, the week is noted as closed and later
	 * calls read nothing else.
	 */
	public int closeWeekEnding(LocalDate sunday) {
		String week = WeeklyPlanner.isoWeekOf(sunday);
		if (this.mongo.findById(week, ClosedWeek.class) != null) {
			return 0;
		}
		int closed = 0;
		boolean everyWeekClosed = true;
		for (Enrollment enrollment : this.mongo.find(Query.query(Criteria.where("status").is(EnrollmentStatus.ACTIVE)),
				Enrollment.class)) {
			if (enrollment.startDate().isAfter(sunday)) {
				continue;
			}
			AttendedWeek attended = attended(enrollment.id(), week);
			if (attended.closed()) {
				continue;
			}
			BigDecimal minimum = WeeklyPlanner.minimumHours(enrollment.adolescent());
			Optional<WeekHoursOutOfRange> outOfRange = attended.outOfRange(new AttendedWeek.Person(enrollment.id(),
					enrollment.evaluationId(), enrollment.initials(), enrollment.therapistName()), week, minimum,
					this.clock.instant());
			if (close(attended, outOfRange)) {
				closed++;
				outOfRange.ifPresent(event -> this.metrics.weekClosedOutOfRange(event.underMinimum()));
			}
			else {
				everyWeekClosed = false;
			}
		}
		if (everyWeekClosed && today().isAfter(sunday)) {
			try {
				this.mongo.insert(new ClosedWeek(week, this.clock.instant()));
			}
			catch (DuplicateKeyException ex) {
				// Noted by another instance's sweep.
			}
		}
		return closed;
	}

	/**
	 * Closes the week as read, with its event in the same write: a count stored since the read, or
	 * another instance closing it first, makes the write match nothing, and the next sweep looks again.
	 */
	private boolean close(AttendedWeek attended, Optional<WeekHoursOutOfRange> outOfRange) {
		if (!attended.stored()) {
			attended.closeUnattended(outOfRange, this.clock.instant());
			try {
				this.mongo.insert(attended);
				return true;
			}
			catch (DuplicateKeyException ex) {
				return false;
			}
		}
		Update close = new Update().set("closedAt", this.clock.instant()).inc("version", 1);
		outOfRange.ifPresent(event -> close.push("outbox", OutboxEvent.of(EventTypes.WEEK_HOURS_OUT_OF_RANGE, event, null)));
		boolean closed = this.mongo.updateFirst(Query.query(Criteria.where("_id").is(attended.id())
			.and("version").is(attended.version())
			.and("closedAt").is(null)), close, AttendedWeek.class).getModifiedCount() == 1;
		if (closed && outOfRange.isPresent()) {
			this.pending.mark(this.mongo.getCollectionName(AttendedWeek.class), attended.id());
		}
		return closed;
	}

	private AttendedWeek attended(String enrollmentId, String week) {
		AttendedWeek stored = this.mongo.findById(AttendedWeek.idFor(enrollmentId, week), AttendedWeek.class);
		return (stored != null) ? stored : AttendedWeek.empty(enrollmentId, week);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.clinicZone);
	}

}
