package org.clinicops.common.audit;

import java.util.List;
import java.util.function.Function;

import jakarta.validation.constraints.Size;

import org.clinicops.common.web.InvalidFieldException;
import org.clinicops.common.web.ListPage;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail of one record or of one staff login, for the program director; read-only by
 * design.
 */
@RestController
public class AuditController {

	private final AuditLog log;

	public AuditController(AuditLog log) {
		this.log = log;
	}

	/**
	 * Exactly one of {@code record} (a request's, enrollment's or alert's id) and {@code actor} (a
	 * login); newest first, a page at a time.
	 */
	@GetMapping("/api/audit")
	ResponseEntity<List<AuditEntry>> entries(@RequestParam(required = false) @Size(min = 1, max = 100) String record,
			@RequestParam(required = false) @Size(min = 1, max = 100) String actor,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String after) {
		if ((record == null) == (actor == null)) {
			throw new InvalidFieldException("record", "give exactly one of record and actor");
		}
		ListPage page = ListPage.of(size, after);
		List<AuditEntry> found = (record != null) ? this.log.forRecord(record, page) : this.log.byActor(actor, page);
		return page.answer(found, AuditEntry::at, AuditEntry::id, Function.identity());
	}

}
