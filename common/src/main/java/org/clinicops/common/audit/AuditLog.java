package org.clinicops.common.audit;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The service's append-only audit log. It has no way to change or delete an entry, and no
 * endpoint offers one.
 */
public class AuditLog {

	private static final int MOST_ENTRIES_SHOWN = 1000;

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

	/** Every entry that names the record, oldest first. */
	public List<AuditEntry> forRecord(String recordId) {
		return oldestFirst(Criteria.where("records").is(recordId));
	}

	/** Every entry of one staff login (including its failed logins), oldest first. */
	public List<AuditEntry> byActor(String actor) {
		return oldestFirst(Criteria.where("actor").is(actor));
	}

	private List<AuditEntry> oldestFirst(Criteria criteria) {
		return this.mongo.find(Query.query(criteria).with(Sort.by("at", "_id")).limit(MOST_ENTRIES_SHOWN),
				AuditEntry.class);
	}

}
