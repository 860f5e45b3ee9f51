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
 * The people whose coverage alerts may fall due on a date without any event (an authorization's
 * ending window, its review date, benefits unverified two days after acceptance), one document per
 * date: the sweep reads a few dates by id instead of searching all coverage.
 */
@Component
class CoverageDueDates {

	private final MongoTemplate mongo;

	CoverageDueDates(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	void add(LocalDate date, String evaluationId) {
		this.mongo.upsert(Query.query(Criteria.where("_id").is(date.toString())),
				new Update().addToSet("evaluationIds", evaluationId), DueDate.class);
	}

	List<String> on(LocalDate date) {
		DueDate due = this.mongo.findById(date.toString(), DueDate.class);
		return (due != null) ? due.evaluationIds() : List.of();
	}

	@Document("coverage_due")
	record DueDate(@Id String id, List<String> evaluationIds) {
	}

}
