package org.clinicops.common.due;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The records that have work falling due at a time (an alert to escalate, a message to send), one
 * small entry per record in a collection of its own, keyed by the record's id. A sweep claims the
 * entries that are due instead of searching every record ever stored for the few that are: the
 * MongoDB-wire server answers such a search by scanning, so its cost grew with all the data while
 * this one grows only with the work outstanding. An entry is claimed by one instance for a lease
 * and comes due again when the lease runs out, so work a crash interrupted is picked up later.
 */
public class DueList {

	private static final String DUE_AT = "dueAt";

	/** How many of the oldest due entries one search finds. */
	private static final int BATCH = 100;

	private final MongoOperations mongo;

	private final String collection;

	public DueList(MongoOperations mongo, String collection) {
		this.mongo = mongo;
		this.collection = collection;
		mongo.indexOps(collection).createIndex(new Index(DUE_AT, Sort.Direction.ASC).named("due"));
	}

	/**
	 * The record has work due at this time, or at the time already noted if that is earlier: so
	 * noting the same work again (a redelivered event) never puts it off.
	 */
	public void add(String recordId, Instant dueAt) {
		this.mongo.upsert(byId(recordId), new Update().min(DUE_AT, Date.from(dueAt)), this.collection);
	}

	/** {@link #add} for many records, with one write. */
	public void addAll(Map<String, Instant> dueAtByRecordId) {
		if (dueAtByRecordId.isEmpty()) {
			return;
		}
		BulkOperations adding = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, this.collection);
		dueAtByRecordId.forEach((recordId, dueAt) -> adding.upsert(byId(recordId), new Update().min(DUE_AT, Date.from(dueAt))));
		adding.execute();
	}

	/** The record's work is due at this time, later or earlier than noted before (a retry's wait). */
	public void postpone(String recordId, Instant dueAt) {
		this.mongo.upsert(byId(recordId), new Update().set(DUE_AT, Date.from(dueAt)), this.collection);
	}

	/**
	 * Hands the records whose work is due to the work, oldest first, each while this caller holds
	 * its claim: a claimed entry is left to this caller for the lease, after which it is due again
	 * unless the work removed or postponed it. Answers how many the work reported done. The oldest
	 * due are found a batch at a time and each is then claimed by its id just before its work: the
	 * MongoDB-wire server answers the search for the oldest by scanning and sorting every entry due,
	 * so claiming each one with that search sorted a backlog of n entries n times over (a fifth of
	 * the store's CPU in a burst, JFR), while the lease still starts when each one's work does.
	 */
	public int workThroughDue(Clock clock, Duration lease, Predicate<String> work) {
		int done = 0;
		for (List<String> oldest = oldestDue(clock.instant()); !oldest.isEmpty(); oldest = oldestDue(clock.instant())) {
			for (String recordId : oldest) {
				if (claim(recordId, clock.instant(), lease) && work.test(recordId)) {
					done++;
				}
			}
		}
		return done;
	}

	private List<String> oldestDue(Instant now) {
		Query due = Query.query(Criteria.where(DUE_AT).lte(Date.from(now))).with(Sort.by(DUE_AT)).limit(BATCH);
		due.fields().include("_id");
		return this.mongo.find(due, Document.class, this.collection).stream().map(entry -> entry.getString("_id")).toList();
	}

	/** Claims the entry if it is still due: another caller may have claimed it since it was found. */
	private boolean claim(String recordId, Instant now, Duration lease) {
		Query stillDue = Query.query(Criteria.where("_id").is(recordId).and(DUE_AT).lte(Date.from(now)));
		return this.mongo.updateFirst(stillDue, new Update().set(DUE_AT, Date.from(now.plus(lease))), this.collection)
			.getModifiedCount() == 1;
	}

	/** The record has no work due any more. */
	public void remove(String recordId) {
		this.mongo.remove(byId(recordId), this.collection);
	}

	private static Query byId(String recordId) {
		return Query.query(Criteria.where("_id").is(recordId));
	}

}
