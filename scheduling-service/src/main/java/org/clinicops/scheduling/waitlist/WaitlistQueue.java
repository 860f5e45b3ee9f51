package org.clinicops.scheduling.waitlist;

import java.util.List;
import java.util.Optional;

import org.clinicops.contracts.Cohort;
import org.clinicops.scheduling.enrollment.Enrollment;
import org.clinicops.scheduling.enrollment.EnrollmentStatus;
import org.clinicops.scheduling.groups.Group;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The waitlist in admission order: priority populations first, then first accepted. */
@Component
public class WaitlistQueue {

	static final Sort ADMISSION_ORDER = Sort.by("priorityRank", "acceptedAt", "_id");

	private final MongoTemplate mongo;

	WaitlistQueue(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Everyone waiting, in admission order. */
	public List<Enrollment> all() {
		return this.mongo.find(Query.query(waiting()).with(ADMISSION_ORDER), Enrollment.class);
	}

	/** The first person waiting whom this group can take. */
	public Optional<Enrollment> firstFor(Group group) {
		Criteria match = waiting().and("primaryFocus").is(group.focus()).and("track").is(group.track());
		if (group.cohort() != Cohort.GENERAL) {
			match = match.and("cohort").is(group.cohort());
		}
		return Optional.ofNullable(this.mongo.findOne(Query.query(match).with(ADMISSION_ORDER).limit(1), Enrollment.class));
	}

	private static Criteria waiting() {
		return Criteria.where("status").is(EnrollmentStatus.WAITLISTED);
	}

}
