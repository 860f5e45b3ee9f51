package org.clinicops.intake.coverage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

import org.bson.Document;
import org.clinicops.common.due.DueList;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The moments a person's coverage alerts may fall due without any event (an authorization's ending
 * window or review date, benefits unverified two days after acceptance): one entry per person and
 * moment in a {@link DueList}, so the sweep reads and checks only the people whose moment has come,
 * once each. One document per date listing everyone due then grew with every acceptance of the day
 * (rewritten whole on each, thousands of ids in a burst of referrals), and the sweep checked
 * everyone listed over the last two weeks every minute.
 */
@Component
class CoverageDueDates implements SmartInitializingSingleton {

	/** Where dates were listed before, one document per date: moved into the entries once, at start. */
	static final String LISTED_BY_DATE = "coverage_due";

	private final MongoTemplate mongo;

	private final DueList due;

	private final ZoneId clinicZone;

	CoverageDueDates(MongoTemplate mongo, @Value("${clinic.intake.time-zone}") ZoneId clinicZone) {
		this.mongo = mongo;
		this.clinicZone = clinicZone;
		this.due = new DueList(mongo, "coverage_checks_due");
	}

	/** The person's coverage is to be checked from the start of this date, in the clinic's time zone. */
	void add(LocalDate date, String evaluationId) {
		add(date.atStartOfDay(this.clinicZone).toInstant(), evaluationId);
	}

	/** The person's coverage is to be checked from this moment on. */
	void add(Instant at, String evaluationId) {
		this.due.add(evaluationId + "|" + at, at);
	}

	/**
	 * Hands each person whose check has come to the check, once per moment noted; a check that fails
	 * is handed over again once the claim's lease runs out. Answers how many were checked.
	 */
	int checkDue(Clock clock, Duration lease, Consumer<String> check) {
		return this.due.workThroughDue(clock, lease, entry -> {
			check.accept(entry.substring(0, entry.indexOf('|')));
			this.due.remove(entry);
			return true;
		});
	}

	/**
	 * Moves the dates listed before entries were kept: each person listed on a date is checked at its
	 * start and once more at its end, since a date listed for benefits stood for a moment of that
	 * day that was not kept.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		for (Document listed : this.mongo.findAll(Document.class, LISTED_BY_DATE)) {
			LocalDate date = LocalDate.parse(listed.getString("_id"));
			List<String> evaluationIds = listed.getList("evaluationIds", String.class, List.of());
			evaluationIds.forEach(evaluationId -> {
				add(date, evaluationId);
				add(date.plusDays(1), evaluationId);
			});
			this.mongo.remove(listed, LISTED_BY_DATE);
		}
	}

}
