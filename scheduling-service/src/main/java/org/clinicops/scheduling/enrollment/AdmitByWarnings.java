package org.clinicops.scheduling.enrollment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.clinicops.common.due.DueList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Warns staff once when a waitlisted person's admit-by deadline is near. Each waitlisted person is
 * listed as due on the day the warning falls due, so the warning sweep reads only the people due
 * that day instead of searching every enrollment ever stored. The warning is stored with the
 * enrollment by a versioned write, which only one instance can make.
 */
@Component
public class AdmitByWarnings {

	private static final Logger log = LoggerFactory.getLogger(AdmitByWarnings.class);

	/** How long a claimed warning is left to the instance giving it. */
	private static final Duration CLAIM = Duration.ofMinutes(2);

	private final MongoTemplate mongo;

	private final Enrollments enrollments;

	private final Clock clock;

	private final int warnDaysBefore;

	private final DueList due;

	AdmitByWarnings(MongoTemplate mongo, Enrollments enrollments, Clock clock,
			@Value("${clinic.scheduling.admit-by-warning-days:2}") int warnDaysBefore) {
		this.mongo = mongo;
		this.enrollments = enrollments;
		this.clock = clock;
		this.warnDaysBefore = warnDaysBefore;
		this.due = new DueList(mongo, "enrollments_admit_by_due");
	}

	/** Lists a person about to be stored as waitlisted, so the warning is never missed. */
	void listWaitlisted(Enrollment enrollment) {
		this.due.add(enrollment.id(), warnFrom(enrollment.admitBy()));
	}

	/** Warns about every deadline now within the warning days, once each; returns how many this call warned. */
	public int warnDue() {
		return this.due.workThroughDue(this.clock, CLAIM, this::warn);
	}

	/**
	 * Lists the people waitlisted before waitlisted people were listed as due: the one search of
	 * all enrollments, made when the service starts.
	 */
	public void listStoredWaitlist() {
		Query waiting = Query.query(Criteria.where("status").is(EnrollmentStatus.WAITLISTED).and("admitByWarnedAt").is(null));
		for (Enrollment enrollment : this.mongo.find(waiting, Enrollment.class)) {
			listWaitlisted(enrollment);
		}
	}

	private boolean warn(String enrollmentId) {
		Enrollment enrollment = this.enrollments.findById(enrollmentId).orElse(null);
		if (enrollment == null || enrollment.status() != EnrollmentStatus.WAITLISTED || enrollment.admitByWarnedAt() != null) {
			// Listed, then not stored (the placement's redelivery lists it again), promoted, or warned.
			this.due.remove(enrollmentId);
			return false;
		}
		Instant from = warnFrom(enrollment.admitBy());
		if (from.isAfter(this.clock.instant())) {
			this.due.postpone(enrollmentId, from);
			return false;
		}
		enrollment.warnAdmitByNear(this.clock.instant());
		try {
			this.enrollments.save(enrollment);
		}
		catch (OptimisticLockingFailureException ex) {
			log.debug("Enrollment {} changed meanwhile; it is looked at again when the claim runs out", enrollmentId);
			return false;
		}
		this.due.remove(enrollmentId);
		return true;
	}

	private Instant warnFrom(LocalDate admitBy) {
		return admitBy.minusDays(this.warnDaysBefore).atStartOfDay(this.clock.getZone()).toInstant();
	}

}
