package org.clinicops.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.clinicops.testsupport.ApiClient;
import org.clinicops.testsupport.ClinicIntegrationTest;
import org.clinicops.testsupport.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every read and change of a person's record leaves an entry only the program director can read. */
@ClinicIntegrationTest
class AuditTrailTest {

	@LocalServerPort
	int port;

	private String base;

	@BeforeEach
	void base() {
		this.base = "http://localhost:" + this.port;
	}

	@Test
	void aReadLeavesAnEntryWithWhoTheirRoleWhatAndTheOutcome() {
		String id = submit();

		ApiClient.as(TestStaff.COORDINATOR, this.base).get("/api/evaluation-requests/" + id);

		JsonNode read = entry(trail(id, 2), "GET /api/evaluation-requests/{id}");
		assertThat(read.get("actor").asString()).isEqualTo("coordinator");
		assertThat(read.get("roles").toString()).isEqualTo("[\"INTAKE_COORDINATOR\"]");
		assertThat(read.get("recordType").asString()).isEqualTo("evaluation-request");
		assertThat(read.get("action").asString()).isEqualTo("READ");
		assertThat(read.get("outcome").asString()).isEqualTo("SUCCEEDED");
		assertThat(read.get("at").asString()).endsWith("Z");
	}

	@Test
	void aListShowingTheRecordAndThePageOfTheRecordAreReadsOfItToo() {
		String id = submit();

		ApiClient.as(TestStaff.DIRECTOR, this.base).get("/api/evaluation-requests?status=RECEIVED&size=200");

		assertThat(trail(id, 2)).anySatisfy(entry -> {
			assertThat(entry.get("request").asString()).isEqualTo("GET /api/evaluation-requests");
			assertThat(entry.get("actor").asString()).isEqualTo("director");
		});
	}

	@Test
	void aChangeRecordsTheFieldsItSetKeepingCodesAndYesNoButNoFreeText() {
		String id = submit();

		ApiClient.as(TestStaff.CLINICIAN, this.base)
			.post("/api/evaluation-requests/" + id + "/screening", IntakeFixtures.iopScreening());

		JsonNode change = entry(trail(id, 2), "POST /api/evaluation-requests/{id}/screening");
		assertThat(change.get("actor").asString()).isEqualTo("clinician");
		assertThat(change.get("action").asString()).isEqualTo("CHANGE");
		assertThat(change.at("/changes/dangerToSelfOrOthers").asString()).isEqualTo("false");
		assertThat(change.at("/changes/primaryFocus").asString()).isEqualTo("SUBSTANCE_USE");
		assertThat(change.at("/changes/notes").asString()).isEqualTo("(given)");
		assertThat(change.toString()).doesNotContain("Motivated");
	}

	@Test
	void thePublicSubmissionIsAnAnonymousChangeThatKeepsNothingOfThePerson() {
		String id = submit();

		JsonNode created = entry(trail(id, 1), "POST /api/evaluation-requests");
		assertThat(created.get("actor").asString()).isEqualTo("anonymous");
		assertThat(created.get("action").asString()).isEqualTo("CHANGE");
		assertThat(created.get("outcome").asString()).isEqualTo("SUCCEEDED");
		// The phone in full: its "555" alone also turns up in the entry's random ids, one run in a hundred or so.
		assertThat(created.toString()).doesNotContain("Jordan", "Rivera", "1990-04-12", "555 010 2030", "5550102030",
				"jordan@example.org", "talk to someone");
	}

	@Test
	void aRefusedCallIsAuditedWithItsOutcome() {
		String id = submit();

		ApiClient.as(TestStaff.CLINICIAN, this.base)
			.post("/api/evaluation-requests/" + id + "/decision", Map.of("outcome", "ACCEPTED"));

		assertThat(entry(trail(id, 2), "POST /api/evaluation-requests/{id}/decision").get("outcome").asString())
			.isEqualTo("REFUSED 400");
	}

	@Test
	void onlyTheProgramDirectorReadsTheTrailAndNoEndpointChangesOrDeletesIt() {
		String id = submit();
		ApiClient.as(TestStaff.CLINICIAN, this.base).get("/api/evaluation-requests/" + id);
		List<JsonNode> before = trail(id, 2);

		assertThat(ApiClient.as(TestStaff.COORDINATOR, this.base).get("/api/audit?record=" + id).status()).isEqualTo(403);
		assertThat(ApiClient.as(TestStaff.OPS, this.base).get("/api/audit?record=" + id).status()).isEqualTo(403);
		ApiClient director = ApiClient.as(TestStaff.DIRECTOR, this.base);
		assertThat(List.of(director.delete("/api/audit?record=" + id), director.put("/api/audit?record=" + id, "{}"),
				director.post("/api/audit?record=" + id, "{}"), director.delete("/api/audit/" + id)))
			.allSatisfy(refused -> {
				assertThat(refused.status()).isBetween(400, 499);
				assertThat(refused.isProblem()).isTrue();
			});
		assertThat(director.get("/api/audit").status()).isEqualTo(400);
		assertThat(trail(id, 2)).isEqualTo(before);
	}

	@Test
	void theTrailIsReadNewestFirstAPageAtATime() {
		String id = submit();
		ApiClient coordinator = ApiClient.as(TestStaff.COORDINATOR, this.base);
		for (int read = 0; read < 4; read++) {
			coordinator.get("/api/evaluation-requests/" + id);
		}
		List<JsonNode> whole = trail(id, 5);

		List<List<JsonNode>> pages = ApiClient.as(TestStaff.DIRECTOR, this.base).pages("/api/audit?record=" + id + "&size=2");

		assertThat(pages).extracting(List::size).containsExactly(2, 2, 1);
		assertThat(pages.stream().flatMap(List::stream).toList()).isEqualTo(whole);
		assertThat(whole.get(0).get("request").asString()).isEqualTo("GET /api/evaluation-requests/{id}");
		assertThat(whole.get(4).get("request").asString()).isEqualTo("POST /api/evaluation-requests");
		assertThat(whole).extracting(entry -> Instant.parse(entry.get("at").asString()))
			.isSortedAccordingTo(Comparator.reverseOrder());
	}

	private String submit() {
		return ApiClient.anonymous(this.base)
			.post("/api/evaluation-requests", IntakeFixtures.validRequest())
			.json()
			.get("id")
			.asString();
	}

	/**
	 * The record's trail once it holds {@code entries} entries, all complete: a change's entry is
	 * written before the change and completed with its outcome as the call ends, which can be just
	 * after the caller has its answer.
	 */
	private List<JsonNode> trail(String id, int entries) {
		return await().atMost(Duration.ofSeconds(10)).until(() -> {
			ApiClient.Response trail = ApiClient.as(TestStaff.DIRECTOR, this.base).get("/api/audit?record=" + id);
			assertThat(trail.status()).isEqualTo(200);
			return trail.json().valueStream().toList();
		}, trail -> trail.size() >= entries
				&& trail.stream().noneMatch(entry -> entry.get("outcome").asString().equals("PENDING")));
	}

	private static JsonNode entry(List<JsonNode> entries, String request) {
		List<JsonNode> matching = entries.stream().filter(entry -> entry.get("request").asString().equals(request)).toList();
		assertThat(matching).as("entries for %s in %s", request, entries).hasSize(1);
		return matching.get(0);
	}

}
