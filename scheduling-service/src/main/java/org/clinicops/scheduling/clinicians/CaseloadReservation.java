package org.clinicops.scheduling.clinicians;

import java.util.Optional;

import org.clinicops.contracts.Focus;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Gives an enrollment a primary therapist with room and the right specialty, the one with the
 * most room first, with one atomic find-and-modify so a caseload is never overfilled and an
 * enrollment never takes two places.
 */
@Component
public class CaseloadReservation {

	private final MongoTemplate mongo;

	CaseloadReservation(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * A place in the matching caseload with the most room; when {@code mayHoldOne} (a re-run after a
	 * crash), first the caseload that holds the enrollment already, if one does. The caseload is
	 * chosen and its place taken in one command, which the store runs as one change: instances racing
	 * for the last places each take a different one, with no read to repeat when another was faster.
	 * The therapist comes back without the clients, which the placement does not need.
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
			.with(Sort.by(Sort.Order.desc("slotsLeft"), Sort.Order.asc("_id")));
		mostRoom.fields().exclude("clients");
		return Optional.ofNullable(this.mongo.findAndModify(mostRoom,
				new Update().inc("slotsLeft", -1).push("clients", enrollmentId),
				FindAndModifyOptions.options().returnNew(true), Therapist.class));
	}

	/** Frees the enrollment's place in its therapist's caseload; safe to repeat. */
	public void release(String enrollmentId) {
		this.mongo.updateFirst(Query.query(Criteria.where("clients").is(enrollmentId)),
				new Update().inc("slotsLeft", 1).pull("clients", enrollmentId), Therapist.class);
	}

}
