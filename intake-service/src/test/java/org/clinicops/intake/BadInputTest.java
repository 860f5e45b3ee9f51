package org.clinicops.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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

		String accepted = IntakeFixtures.submitAndAccept(base, IntakeFixtures.validRequest());
		String selfPay = IntakeFixtures.submitAndAccept(base, IntakeFixtures.selfPayRequest());
		LocalDate start = LocalDate.now().plusDays(7);
		Map<String, Object> authorization = Map.of("number", "AUTH-1", "levelOfCare", "INTENSIVE_OUTPATIENT", "units", 12,
				"from", start.toString(), "to", start.plusDays(27).toString(), "nextReviewDate", start.plusDays(14).toString());
		assertThat(coordinator.post(requests + "/" + accepted + "/authorizations", authorization).status()).isEqualTo(201);
		Map<String, Object> benefits = Map.of("coverageActive", true, "iopCovered", true, "authorizationRequired", true,
				"copayPerDay", 25.5, "deductibleRemaining", 500.0);

		List<DynamicTest> cases = new ArrayList<>();
		Map<String, Long> before = StoredState.settled(this.mongo, TOPICS);
		for (BadRequests.BadBody body : BadRequests.variantsOf(benefits)) {
			cases.add(BadRequests.refused("PUT benefits: " + body,
					() -> coordinator.put(requests + "/" + accepted + "/benefits", body.json())));
		}
		for (String amount : List.of("-1", "1.234", "100000000")) {
			cases.add(BadRequests.refused("PUT benefits: copay " + amount, () -> coordinator
				.put(requests + "/" + accepted + "/benefits", with(benefits, "copayPerDay", new BigDecimal(amount)))));
		}
		cases.add(BadRequests.refused("PUT benefits of a self-pay request",
				() -> coordinator.put(requests + "/" + selfPay + "/benefits", benefits)));
		Map<String, Object> later = with(with(with(authorization, "from", start.plusDays(60).toString()), "to",
				start.plusDays(80).toString()), "nextReviewDate", start.plusDays(70).toString());
		for (BadRequests.BadBody body : BadRequests.variantsOf(later)) {
			cases.add(BadRequests.refused("POST authorization: " + body,
					() -> coordinator.post(requests + "/" + accepted + "/authorizations", body.json())));
		}
		Map<String, Map<String, Object>> refusedAuthorizations = Map.of("no units", with(later, "units", 0),
				"367 units", with(later, "units", 367), "to before from", with(later, "to", start.plusDays(59).toString()),
				"review after to", with(later, "nextReviewDate", start.plusDays(81).toString()), "another level of care",
				with(later, "levelOfCare", "OUTPATIENT"), "overlapping dates", with(later, "from", start.plusDays(20).toString()),
				"a blank number", with(later, "number", " "));
		refusedAuthorizations.forEach((label, body) -> cases.add(BadRequests.refused("POST authorization: " + label,
				() -> coordinator.post(requests + "/" + accepted + "/authorizations", body))));
		cases.add(BadRequests.refused("POST authorization to a request not accepted",
				() -> coordinator.post(requests + "/" + id + "/authorizations", later)));
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
		ApiClient director = ApiClient.as(TestStaff.DIRECTOR, base);
		BadRequests.badListQueries("record").forEach((label, query) -> {
			if (!label.equals("an unknown record")) {
				cases.add(BadRequests.refused("GET /api/audit of a record with " + label,
						() -> director.get("/api/audit?record=" + id + "&" + query.substring(1))));
			}
		});
		cases.add(BadRequests.refused("GET authorizations with an unknown parameter",
				() -> coordinator.get(requests + "/" + accepted + "/authorizations?status=OPEN")));
		cases.add(DynamicTest.dynamicTest("nothing was stored or published",
				() -> assertThat(StoredState.settled(this.mongo, TOPICS)).isEqualTo(before)));
		return cases.stream();
	}

	private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
		Map<String, Object> changed = new HashMap<>(body);
		changed.put(field, value);
		return changed;
	}

}
