package org.clinicops.scheduling.enrollment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.clinicops.contracts.Cohort;
import org.clinicops.contracts.Focus;
import org.clinicops.contracts.Track;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The waitlist in admission order (priority populations first, then first accepted), kept beside
 * the enrollments as one small entry per waiting person: finding the next person for a freed seat,
 * the list staff see and the gauges read only the people waiting, not every enrollment ever
 * stored. An entry is written before its enrollment is stored as waitlisted and removed after it
 * is stored as placed or discharged. What an entry says is checked against its enrollment: one
 * whose enrollment was placed or discharged (a crash before the removal) is passed over and
 * removed; one whose enrollment is still pending (a crash before the waitlisting was stored) is
 * passed over and kept, since the redelivered acceptance may yet waitlist it.
 */
@Component
public class WaitingList {

	private static final Sort ADMISSION_ORDER = Sort.by("priorityRank", "acceptedAt", "_id");

	private final MongoTemplate mongo;

	private final Enrollments enrollments;

	WaitingList(MongoTemplate mongo, Enrollments enrollments) {
		this.mongo = mongo;
		this.enrollments = enrollments;
	}

	@Document("enrollments_waiting")
	@CompoundIndex(name = "admission_order", def = "{'priorityRank': 1, 'acceptedAt': 1, '_id': 1}")
	@CompoundIndex(name = "for_group", def = "{'primaryFocus': 1, 'track': 1, 'priorityRank': 1, 'acceptedAt': 1, '_id': 1}")
	record Waiting(@Id String id, Focus primaryFocus, Track track, Cohort cohort, int priorityRank, Instant acceptedAt) {

		static Waiting of(Enrollment enrollment) {
			return new Waiting(enrollment.id(), enrollment.primaryFocus(), enrollment.track(), enrollment.cohort(),
					enrollment.priority().rank(), enrollment.acceptedAt());
		}

	}

	/** Lists a person about to be stored as waitlisted. */
	void list(Enrollment enrollment) {
		this.mongo.save(Waiting.of(enrollment));
	}

	/** Takes a person stored as placed or discharged off the list. */
	void unlist(String enrollmentId) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(enrollmentId)), Waiting.class);
	}

	/** Everyone waiting, in admission order. */
	public List<Enrollment> all() {
		List<Waiting> listed = this.mongo.find(new Query().with(ADMISSION_ORDER), Waiting.class);
		Map<String, Enrollment> byId = this.enrollments.findAllById(listed.stream().map(Waiting::id).toList())
			.stream()
			.collect(Collectors.toMap(Enrollment::id, Function.identity()));
		List<Enrollment> waiting = new ArrayList<>(listed.size());
		for (Waiting entry : listed) {
			Optional<Enrollment> enrollment = stillWaiting(entry.id(), Optional.ofNullable(byId.get(entry.id())));
			enrollment.ifPresent(waiting::add);
		}
		return waiting;
	}

	/** The first person waiting for a seat of this focus and track, of the cohort unless it is general. */
	public Optional<Enrollment> firstFor(Focus focus, Track track, Cohort cohort) {
		Criteria match = Criteria.where("primaryFocus").is(focus).and("track").is(track);
		if (cohort != Cohort.GENERAL) {
			match = match.and("cohort").is(cohort);
		}
		for (Waiting entry : this.mongo.find(Query.query(match).with(ADMISSION_ORDER), Waiting.class)) {
			Optional<Enrollment> enrollment = stillWaiting(entry.id(), this.enrollments.findById(entry.id()));
			if (enrollment.isPresent()) {
				return enrollment;
			}
		}
		return Optional.empty();
	}

	/**
	 * Lists the people waitlisted before the waitlist was kept: the one search of all enrollments,
	 * made when the service starts.
	 */
	public void listStored() {
		for (Enrollment enrollment : this.mongo.find(Query.query(Criteria.where("status").is(EnrollmentStatus.WAITLISTED)),
				Enrollment.class)) {
			list(enrollment);
		}
	}

	private Optional<Enrollment> stillWaiting(String listedId, Optional<Enrollment> enrollment) {
		if (enrollment.isPresent() && enrollment.get().status() == EnrollmentStatus.WAITLISTED) {
			return enrollment;
		}
		if (enrollment.isEmpty() || enrollment.get().status() != EnrollmentStatus.PENDING) {
			unlist(listedId);
		}
		return Optional.empty();
	}

}
