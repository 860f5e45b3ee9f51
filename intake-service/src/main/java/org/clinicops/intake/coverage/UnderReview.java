package org.clinicops.intake.coverage;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The people the utilization-review page lists, one small entry each with the last date it lists
 * them for: the page reads these, then their coverage by id, instead of searching every coverage
 * ever stored. An entry is written before its coverage, so the list may name someone no longer under
 * review (the page passes over them) but never misses one; its date only ever moves later, and it
 * goes once that date has passed, unless a change has moved it later meanwhile.
 */
@Component
class UnderReview {

	private static final String UNTIL = "until";

	private final MongoTemplate mongo;

	UnderReview(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	void list(String evaluationId, LocalDate until) {
		this.mongo.upsert(Query.query(Criteria.where("_id").is(evaluationId)), new Update().max(UNTIL, until),
				Entry.class);
	}

	/** Those listed on the day, after the entries whose date has passed are left out. */
	List<String> on(LocalDate today) {
		this.mongo.remove(Query.query(Criteria.where(UNTIL).lt(today)), Entry.class);
		return this.mongo.findAll(Entry.class).stream().map(Entry::id).toList();
	}

	@Document("coverage_under_review")
	record Entry(@Id String id, LocalDate until) {
	}

}
