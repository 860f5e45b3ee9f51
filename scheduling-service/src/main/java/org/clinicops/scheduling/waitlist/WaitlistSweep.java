package org.clinicops.scheduling.waitlist;

import java.time.Clock;
import java.time.LocalDate;

import org.clinicops.scheduling.enrollment.Enrollment;
import org.clinicops.scheduling.enrollment.EnrollmentStatus;
import org.clinicops.scheduling.enrollment.Enrollments;
import org.clinicops.scheduling.groups.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The waitlist's periodic work, driven by what is stored, so that it survives restarts and runs
 * right on any number of instances: warn staff once when a waitlisted person's admit-by deadline
 * is near (the warning is stored with the enrollment, by a versioned write only one instance can
 * make), and fill seats a promotion left free (after a crash).
 */
@Component
public class WaitlistSweep {

	private static final Logger log = LoggerFactory.getLogger(WaitlistSweep.class);

	private final MongoTemplate mongo;

	private final Enrollments enrollments;

	private final WaitlistPromotion promotion;

	private final Clock clock;

	private final int warnDaysBefore;

	WaitlistSweep(MongoTemplate mongo, Enrollments enrollments, WaitlistPromotion promotion, Clock clock,
			@Value("${clinic.scheduling.admit-by-warning-days:2}") int warnDaysBefore) {
		this.mongo = mongo;
		this.enrollments = enrollments;
		this.promotion = promotion;
		this.clock = clock;
		this.warnDaysBefore = warnDaysBefore;
	}

	@Scheduled(fixedDelayString = "${clinic.scheduling.sweep-interval:60s}",
			initialDelayString = "${clinic.scheduling.sweep-interval:60s}")
	void sweep() {
		try {
			warnNearDeadlines();
			fillFreeSeats();
		}
		catch (RuntimeException ex) {
			log.warn("Waitlist sweep will run again: {}", ex.getMessage());
		}
	}

	/** Warns about every deadline within the warning days not yet warned about; returns how many. */
	public int warnNearDeadlines() {
		LocalDate warnUpTo = LocalDate.now(this.clock).plusDays(this.warnDaysBefore);
		Query near = Query.query(Criteria.where("status").is(EnrollmentStatus.WAITLISTED)
			.and("admitByWarnedAt").is(null)
			.and("admitBy").lte(warnUpTo));
		int warned = 0;
		for (Enrollment enrollment : this.mongo.find(near, Enrollment.class)) {
			if (enrollment.warnAdmitByNear(this.clock.instant())) {
				try {
					this.enrollments.save(enrollment);
					warned++;
				}
				catch (OptimisticLockingFailureException ex) {
					log.debug("Enrollment {} changed meanwhile; the next sweep looks again", enrollment.id());
				}
			}
		}
		return warned;
	}

	/** Promotes into every open group with a seat left; returns how many people were promoted. */
	public int fillFreeSeats() {
		Query withSeats = Query.query(Criteria.where("open").is(true).and("seatsLeft").gt(0));
		withSeats.fields().include("_id");
		return this.mongo.find(withSeats, Group.class).stream().mapToInt(group -> this.promotion.fill(group.id())).sum();
	}

}
