package org.clinicops.scheduling.clinicians;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.clinicops.contracts.Focus;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Gives an enrollment a primary therapist with room and the right specialty, the one with the
 * most room first, with a conditional atomic update so a caseload is never overfilled and an
 * enrollment never takes two places.
 */
@Component
public class CaseloadReservation {

	private final MongoTemplate mongo;

	CaseloadReservation(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * The caseload that holds the enrollment already (a re-run after a crash), else a place in the
	 * matching one with the most room. The holder and the candidates are read with one query.
	 */
	public Optional<Therapist> assign(String enrollmentId, Focus focus) {
		List<Therapist> found = this.mongo.find(Query.query(new Criteria().orOperator(
				Criteria.where("clients").is(enrollmentId),
				Criteria.where("specialties").is(focus.name()).and("slotsLeft").gt(0))), Therapist.class);
		Optional<Therapist> held = found.stream().filter(therapist -> therapist.holds(enrollmentId)).findFirst();
		if (held.isPresent()) {
			return held;
		}
		List<Therapist> candidates = found.stream()
			.sorted(Comparator.comparingInt(Therapist::slotsLeft).reversed().thenComparing(Therapist::id))
			.toList();
		for (Therapist therapist : candidates) {
			Query room = Query.query(Criteria.where("_id").is(therapist.id())
				.and("slotsLeft").gt(0)
				.and("clients").ne(enrollmentId));
			if (this.mongo.updateFirst(room, new Update().inc("slotsLeft", -1).push("clients", enrollmentId),
					Therapist.class).getModifiedCount() == 1) {
				return Optional.of(therapist);
			}
		}
		return Optional.empty();
	}

	/** Frees the enrollment's place in its therapist's caseload; safe to repeat. */
	public void release(String enrollmentId) {
		this.mongo.updateFirst(Query.query(Criteria.where("clients").is(enrollmentId)),
				new Update().inc("slotsLeft", 1).pull("clients", enrollmentId), Therapist.class);
	}

}
