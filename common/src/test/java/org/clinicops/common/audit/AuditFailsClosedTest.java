package org.clinicops.common.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.clinicops.common.web.ProblemDetailAdvice;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The audit fails closed: with the audit log unwritable, an audited read answers 503 and shows no
 * record, and an audited change answers 503 and is not made. With it writable, both succeed and
 * are written: the same calls, so the refusal is the audit's doing.
 */
class AuditFailsClosedTest {

	private final PersonRecords records = new PersonRecords();

	private final RecordingAuditLog auditLog = new RecordingAuditLog();

	private final MockMvc mvc = mvc(new AuditTrail(this.auditLog));

	@Test
	void aReadWhoseEntryCannotBeWrittenAnswers503AndShowsNoRecord() throws Exception {
		this.auditLog.failing = true;

		var answer = this.mvc.perform(get("/api/people/p-1")).andReturn().getResponse();

		assertThat(answer.getStatus()).isEqualTo(503);
		assertThat(answer.getContentAsString()).contains("audit log cannot be written").doesNotContain("Zephyrine");
	}

	@Test
	void aChangeWhoseEntryCannotBeWrittenAnswers503AndIsNotMade() throws Exception {
		this.auditLog.failing = true;

		var answer = this.mvc.perform(post("/api/people/p-1/notes")).andReturn().getResponse();

		assertThat(answer.getStatus()).isEqualTo(503);
		assertThat(this.records.changed).isFalse();
	}

	@Test
	void withTheAuditLogWritableTheSameCallsSucceedAndAreWrittenBeforeTheirAnswers() throws Exception {
		var read = this.mvc.perform(get("/api/people/p-1")).andReturn().getResponse();
		var change = this.mvc.perform(post("/api/people/p-1/notes")).andReturn().getResponse();

		assertThat(read.getStatus()).isEqualTo(200);
		assertThat(read.getContentAsString()).contains("Zephyrine");
		assertThat(change.getStatus()).isEqualTo(200);
		assertThat(this.records.changed).isTrue();
		assertThat(this.auditLog.entries).containsExactly("READ person [p-1] SUCCEEDED",
				"CHANGE person [p-1] PENDING", "completed [p-1] SUCCEEDED");
	}

	private MockMvc mvc(AuditTrail trail) {
		return MockMvcBuilders.standaloneSetup(this.records)
			.setControllerAdvice(new ProblemDetailAdvice(), new AuditedBodyAdvice(trail))
			.addInterceptors(new AuditInterceptor(trail))
			.build();
	}

	record Person(String id, String name) {
	}

	@RestController
	static class PersonRecords {

		private final AtomicBoolean changed = new AtomicBoolean();

		@Audited("person")
		@GetMapping("/api/people/{id}")
		Person read(@PathVariable String id) {
			return new Person(id, "Zephyrine");
		}

		@Audited("person")
		@PostMapping("/api/people/{id}/notes")
		Map<String, String> change(@PathVariable String id) {
			this.changed.set(true);
			return Map.of("status", "noted");
		}

	}

	/** The audit log with its store either working (entries kept here) or unreachable. */
	static final class RecordingAuditLog extends AuditLog {

		private final List<String> entries = new ArrayList<>();

		private boolean failing;

		RecordingAuditLog() {
			super(null, Clock.systemUTC());
		}

		@Override
		public void append(String actor, List<String> roles, String action, String recordType, List<String> records,
				String request, String outcome, Map<String, String> changes) {
			write(action + " " + recordType + " " + records + " " + outcome);
		}

		@Override
		public String begin(String actor, List<String> roles, String action, String recordType, List<String> records,
				String request) {
			write(action + " " + recordType + " " + records + " " + PENDING);
			return "entry-1";
		}

		@Override
		public void complete(String id, List<String> records, String outcome, Map<String, String> changes) {
			write("completed " + records + " " + outcome);
		}

		private void write(String entry) {
			if (this.failing) {
				throw new DataAccessResourceFailureException("audit store unreachable");
			}
			this.entries.add(entry);
		}

	}

}
