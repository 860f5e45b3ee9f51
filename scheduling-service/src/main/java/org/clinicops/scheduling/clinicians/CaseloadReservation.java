package org.clinicops.scheduling.clinicians;

import java.util.List;
import java.util.Optional;

import org.clinicops.contracts.Focus;

import org.springframework.data.domain.Sort;
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

	/** The caseloads read at a time: enough that instances racing for the last places rarely fill them all. */
	private static final int FEW = 4;

	private final MongoTemplate mongo;

	CaseloadReservation(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * A place in the matching caseload with the most room; when {@code mayHoldOne} (a re-run after a
	 * crash), first the caseload that holds the enrollment already, if one does. The caseloads with
	 * room are read a few at a time, most room first, not all at once: each carries its clients.
	 */
	public Optional<Therapist> assign(String enrollmentId, Focus focus, boolean mayHoldOne) {
		if (mayHoldOne) {
			Therapist held = this.mongo.findOne(Query.query(Criteria.where("clients").is(enrollmentId)), Therapist.class);
			if (held != null) {
				return Optional.of(held);
			}
		}
		Query mostRoom = Query
			.query(Criteria.where("specialties").is(focus.name()).and("slotsLeft").gt(0).and("clients").ne(enrollmentId))
			.with(Sort.by(Sort.Order.desc("slotsLeft"), Sort.Order.asc("_id")))
			.limit(FEW);
		List<Therapist> candidates = this.mongo.find(mostRoom, Therapist.class);
		while (!candidates.isEmpty()) {
			for (Therapist therapist : candidates) {
				if (takePlace(therapist, enrollmentId)) {
					return Optional.of(therapist);
				}
			}
			// Each was filled by others since it was read (a refusal means its room changed): read again.
			candidates = this.mongo.find(mostRoom, Therapist.class);
		}
		return Optional.empty();
	}

	private boolean takePlace(Therapist therapist, String enrollmentId) {
		Query room = Query.query(Criteria.where("_id").is(therapist.id())
			.and("slotsLeft").gt(0)
			.and("clients").ne(enrollmentId));
		return this.mongo.updateFirst(room, new Update().inc("slotsLeft", -1).push("clients", enrollmentId),
				Therapist.class).getModifiedCount() == 1;
	}

	/** Frees the enrollment's place in its therapist's caseload; safe to repeat. */
	public void release(String enrollmentId) {
		this.mongo.updateFirst(Query.query(Criteria.where("clients").is(enrollmentId)),
				new Update().inc("slotsLeft", 1).pull("clients", enrollmentId), Therapist.class);
	}

}
