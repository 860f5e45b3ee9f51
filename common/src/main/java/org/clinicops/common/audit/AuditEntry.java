package org.clinicops.common.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One read or change of a person's record, or one login event. Written once, never updated.
 *
 * @param id the entry's own id
 * @param at when it happened (UTC)
 * @param actor the staff login, or {@code anonymous} for the public form
 * @param roles the actor's staff roles
 * @param action {@code READ}, {@code CHANGE}, {@code LOGIN_FAILED}, {@code ACCOUNT_LOCKED}
 * @param recordType the kind of record ({@code evaluation-request}, {@code enrollment}, ...)
 * @param records the ids of every record the call touched or showed
 * @param request the endpoint, as its method and path pattern
 * @param outcome {@code SUCCEEDED}, or {@code REFUSED} or {@code FAILED} with the status
 * @param changes for a change, the fields it set: codes, yes/no and small numbers as given, anything else only
 * as {@code (given)}
 */
@Document("audit_log")
@CompoundIndex(name = "by_record", def = "{'records': 1, 'at': -1, '_id': -1}")
@CompoundIndex(name = "by_actor", def = "{'actor': 1, 'at': -1, '_id': -1}")
public record AuditEntry(@Id String id, Instant at, String actor, List<String> roles, String action,
		String recordType, List<String> records, String request, String outcome,
		Map<String, String> changes) {
}
