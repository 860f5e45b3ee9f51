package org.clinicops.common.audit;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.clinicops.common.web.ListPage;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The service's append-only audit log. It has no way to change or delete an entry, and no
 * endpoint offers one.
 */
public class AuditLog {

	/** The outcome of a change's entry while the change is being made. */
	public static final String PENDING = "PENDING";

	private final MongoTemplate mongo;

	private final Clock clock;

	public AuditLog(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	public void append(String actor, List<String> roles, String action, String recordType, List<String> records,
			String request, String outcome, Map<String, String> changes) {
		this.mongo.insert(new AuditEntry(UUID.randomUUID().toString(), this.clock.instant(), actor, roles, action,
				recordType, records, request, outcome, changes));
	}

	/**
	 * Writes the entry of a change before it is made, its outcome {@value #PENDING}; returns its id
	 * for {@link #complete}.
	 */
	public String begin(String actor, List<String> roles, String action, String recordType, List<String> records,
			String request) {
		String id = UUID.randomUUID().toString();
		this.mongo.insert(new AuditEntry(id, this.clock.instant(), actor, roles, action, recordType, records, request,
				PENDING, Map.of()));
		return id;
	}

	/** Completes a change's entry with how it ended and what it set. */
	public void complete(String id, List<String> records, String outcome, Map<String, String> changes) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
				new Update().set("records", records).set("outcome", outcome).set("changes", changes), AuditEntry.class);
	}

	/** One page of the entries that name the record, newest first. */
	public List<AuditEntry> forRecord(String recordId, ListPage page) {
		return this.mongo.find(page.narrow(Criteria.where("records").is(recordId), "at"), AuditEntry.class);
	}

	/** One page of the entries of one staff login (including its failed logins), newest first. */
	public List<AuditEntry> byActor(String actor, ListPage page) {
		return this.mongo.find(page.narrow(Criteria.where("actor").is(actor), "at"), AuditEntry.class);
	}

}
