package org.clinicops.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.clinicops.contracts.Topics;
import org.clinicops.testsupport.ApiClient;
import org.clinicops.testsupport.BadRequests;
import org.clinicops.testsupport.ClinicIntegrationTest;
import org.clinicops.testsupport.StoredState;
import org.clinicops.testsupport.TestStaff;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every intake endpoint against bad input: each case answers 4xx with a problem detail, never 5xx,
 * and the records and events the service holds are the same before and after.
 */
@ClinicIntegrationTest
class BadInputTest {

	private static final List<String> TOPICS = List.of(Topics.INTAKE_EVALUATIONS, Topics.INTAKE_CONTACTS);

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@TestFactory
	Stream<DynamicTest> everyEndpointRefusesBadInputAndChangesNothing() {
		String base = "http://localhost:" + this.port;
		ApiClient anonymous = ApiClient.anonymous(base);
		ApiClient clinician = ApiClient.as(TestStaff.CLINICIAN, base);
		ApiClient coordinator = ApiClient.as(TestStaff.COORDINATOR, base);
		String id = IntakeFixtures.submitAndScreen(base, "notes", "Screened for the bad-input suite.");
		String requests = "/api/evaluation-requests";

		List<DynamicTest> cases = new ArrayList<>();
		Map<String, Long> before = StoredState.settled(this.mongo, TOPICS);
		for (BadRequests.BadBody body : BadRequests.variantsOf(IntakeFixtures.validRequest())) {
			cases.add(BadRequests.refused("POST " + requests + ": " + body, () -> anonymous.post(requests, body.json())));
		}
		for (BadRequests.BadBody body : BadRequests.variantsOf(IntakeFixtures.iopScreening())) {
			cases.add(BadRequests.refused("POST screening: " + body, () -> clinician.post(requests + "/" + id + "/screening", body.json())));
		}
		Map<String, Object> decision = Map.of("outcome", "ACCEPTED", "levelOfCare", "INTENSIVE_OUTPATIENT", "reason",
				"Fits the program.", "startDate", "2026-12-07");
		for (BadRequests.BadBody body : BadRequests.variantsOf(decision)) {
			cases.add(BadRequests.refused("POST decision: " + body, () -> clinician.post(requests + "/" + id + "/decision", body.json())));
		}
		cases.add(BadRequests.refused("POST decision: unknown outcome",
				() -> clinician.post(requests + "/" + id + "/decision", Map.of("outcome", "MAYBE", "levelOfCare", "CRISIS"))));
		for (String filter : List.of("status", "concern")) {
			BadRequests.badListQueries(filter).forEach((label, query) -> cases
				.add(BadRequests.refused("GET " + requests + " with " + label, () -> coordinator.get(requests + query))));
		}
		for (Map.Entry<String, String> part : BadRequests.suspiciousUrlParts().entrySet()) {
			cases.add(BadRequests.refused("GET one with " + part.getKey(), () -> coordinator.get(requests + part.getValue())));
			cases.add(BadRequests.refused("POST withdraw with " + part.getKey(),
					() -> coordinator.post(requests + part.getValue() + "/withdraw", null)));
			cases.add(BadRequests.refused("POST screening with " + part.getKey(),
					() -> clinician.post(requests + part.getValue() + "/screening", IntakeFixtures.iopScreening())));
		}
		for (String query : List.of("?status=%24ne", "?status%5B%24ne%5D=RECEIVED", "?status.x=1", "?status=ASTRONAUT",
				"?concern=GAMBLING", "?page=-1", "?size=100000", "?page=abc")) {
			cases.add(BadRequests.refused("GET list " + query, () -> coordinator.get(requests + query)));
		}
		cases.add(DynamicTest.dynamicTest("nothing was stored or published",
				() -> assertThat(StoredState.settled(this.mongo, TOPICS)).isEqualTo(before)));
		return cases.stream();
	}

}
