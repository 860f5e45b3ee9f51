package org.clinicops.intake;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.bson.Document;
import org.clinicops.contracts.DischargeReason;
import org.clinicops.contracts.EventEnvelope;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.PatientDischarged;
import org.clinicops.contracts.Topics;
import org.clinicops.intake.request.EvaluationRequests;
import org.clinicops.testsupport.AccessProbe;
import org.clinicops.testsupport.ApiClient;
import org.clinicops.testsupport.ClinicIntegrationTest;
import org.clinicops.testsupport.EventPublisher;
import org.clinicops.testsupport.StoredState;
import org.clinicops.testsupport.TestClock;
import org.clinicops.testsupport.TestStaff;
import org.clinicops.testsupport.TopicRecorder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ClinicIntegrationTest
class EvaluationRequestApiTest {

	private static final Pattern QUEUE_ROW = Pattern.compile("<tr data-id=\"([^\"]+)\">");

	private static TopicRecorder evaluations;

	@LocalServerPort
	int port;

	@Autowired
	EvaluationRequests requests;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	TestClock clock;

	private ApiClient anonymous;

	private ApiClient clinician;

	@BeforeAll
	static void recordTopic() {
		evaluations = TopicRecorder.of(Topics.INTAKE_EVALUATIONS);
	}

	@AfterAll
	static void closeRecorder() {
		evaluations.close();
	}

	@BeforeEach
	void clients() {
		String base = "http://localhost:" + this.port;
		this.anonymous = ApiClient.anonymous(base);
		this.clinician = ApiClient.as(TestStaff.CLINICIAN, base);
	}

	@Test
	void aSubmittedRequestIsReceivedAndAnnouncedWithoutPersonalDetails() {
		ApiClient.Response response = this.anonymous.post("/api/evaluation-requests", IntakeFixtures.validRequest());

		assertThat(response.status()).isEqualTo(201);
		String id = response.json().get("id").asString();
		assertThat(response.json().get("status").asString()).isEqualTo("RECEIVED");
		assertThat(response.headers().getLocation()).hasToString("/api/evaluation-requests/" + id);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> evaluations.events(EventTypes.EVALUATION_REQUESTED.name(), id), events -> events.size() == 1);
		String published = evaluations.records().stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow().value();
		assertThat(published).contains("\"initials\":\"J.R.\"")
			.doesNotContain("Jordan", "Rivera", "1990-04-12", "555 010 2030", "5550102030", "example.org", "talk to someone");
	}

	@Test
	void screeningRecommendsAndAcceptingPublishesTheAcceptedEventOnce() {
		String id = this.anonymous.post("/api/evaluation-requests", IntakeFixtures.validRequest()).json().get("id").asString();

		ApiClient.Response screened = this.clinician.post("/api/evaluation-requests/" + id + "/screening", IntakeFixtures.iopScreening());
		assertThat(screened.status()).isEqualTo(200);
		assertThat(screened.json().get("status").asString()).isEqualTo("SCREENED");
		assertThat(screened.json().at("/recommendation/levelOfCare").asString()).isEqualTo("INTENSIVE_OUTPATIENT");
		assertThat(screened.json().at("/recommendation/reasons/0").asString()).isNotBlank();

		ApiClient.Response decided = this.clinician.post("/api/evaluation-requests/" + id + "/decision",
				Map.of("outcome", "ACCEPTED", "levelOfCare", "INTENSIVE_OUTPATIENT", "startDate", "2026-12-07"));
		assertThat(decided.status()).isEqualTo(200);
		assertThat(decided.json().get("status").asString()).isEqualTo("ACCEPTED");
		assertThat(decided.json().at("/decision/decidedBy").asString()).isEqualTo("clinician");

		await().atMost(Duration.ofSeconds(10))
			.until(() -> evaluations.events(EventTypes.EVALUATION_ACCEPTED.name(), id), events -> events.size() == 1);
		var accepted = evaluations.events(EventTypes.EVALUATION_ACCEPTED.name(), id).get(0);
		assertThat(accepted.envelope().source()).isEqualTo("/clinic-ops/intake-service");
		assertThat(accepted.envelope().subject()).isEqualTo(id);
		assertThat(accepted.envelope().correlationId()).isNotBlank();
		assertThat(this.requests.findById(id).orElseThrow().screenings()).hasSize(1);
	}

	@Test
	void aDangerFoundAtScreeningRaisesARiskFlagBeforeAnyDecision() {
		String id = this.anonymous.post("/api/evaluation-requests", IntakeFixtures.validRequest()).json().get("id").asString();
		Map<String, Object> danger = IntakeFixtures.iopScreening();
		danger.put("dangerToSelfOrOthers", true);

		ApiClient.Response screened = this.clinician.post("/api/evaluation-requests/" + id + "/screening", danger);

		assertThat(screened.json().at("/recommendation/levelOfCare").asString()).isEqualTo("CRISIS");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> evaluations.events(EventTypes.RISK_FLAG_RAISED.name(), id), events -> events.size() == 1);
	}

	@Test
	void decidingAgainstTheRecommendationWithoutAReasonIsRefusedAndChangesNothing() {
		String id = this.anonymous.post("/api/evaluation-requests", IntakeFixtures.validRequest()).json().get("id").asString();
		Map<String, Object> usingHome = IntakeFixtures.iopScreening();
		usingHome.put("substanceFreeHome", false);
		this.clinician.post("/api/evaluation-requests/" + id + "/screening", usingHome);

		ApiClient.Response refused = this.clinician.post("/api/evaluation-requests/" + id + "/decision",
				Map.of("outcome", "ACCEPTED", "levelOfCare", "INTENSIVE_OUTPATIENT"));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.isProblem()).isTrue();
		assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("reason");
		assertThat(refused.json().get("detail").asString()).contains("reason");
		assertThat(this.requests.findById(id).orElseThrow().status().name()).isEqualTo("SCREENED");

		ApiClient.Response accepted = this.clinician.post("/api/evaluation-requests/" + id + "/decision",
				Map.of("outcome", "ACCEPTED", "levelOfCare", "INTENSIVE_OUTPATIENT", "reason",
						"Family moves out next week; the person will live with a sober sibling."));
		assertThat(accepted.status()).isEqualTo(200);
		assertThat(accepted.json().at("/decision/againstRecommendation").asBoolean()).isTrue();
		assertThat(accepted.json().at("/recommendation/levelOfCare").asString()).isEqualTo("RESIDENTIAL");
	}

	@Test
	void anAdmissionEnteredLateMayStartUpToFourteenDaysBackAndNoEarlier() {
		String late = this.anonymous.post("/api/evaluation-requests", IntakeFixtures.validRequest()).json().get("id").asString();
		String tooLate = this.anonymous.post("/api/evaluation-requests", IntakeFixtures.validRequest()).json().get("id").asString();
		this.clinician.post("/api/evaluation-requests/" + late + "/screening", IntakeFixtures.iopScreening());
		this.clinician.post("/api/evaluation-requests/" + tooLate + "/screening", IntakeFixtures.iopScreening());
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), this.clock.getZone());

		ApiClient.Response refused = this.clinician.post("/api/evaluation-requests/" + tooLate + "/decision", Map.of(
				"outcome", "ACCEPTED", "levelOfCare", "INTENSIVE_OUTPATIENT", "startDate", today.minusDays(15).toString()));
		ApiClient.Response accepted = this.clinician.post("/api/evaluation-requests/" + late + "/decision", Map.of(
				"outcome", "ACCEPTED", "levelOfCare", "INTENSIVE_OUTPATIENT", "startDate", today.minusDays(14).toString()));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("startDate");
		assertThat(this.requests.findById(tooLate).orElseThrow().status().name()).isEqualTo("SCREENED");
		assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
		assertThat(accepted.json().at("/decision/startDate").asString()).isEqualTo(today.minusDays(14).toString());
	}

	@Test
	void aDecidedRequestCannotBeScreenedAgain() {
		String id = this.anonymous.post("/api/evaluation-requests", IntakeFixtures.validRequest()).json().get("id").asString();
		this.clinician.post("/api/evaluation-requests/" + id + "/screening", IntakeFixtures.iopScreening());
		this.clinician.post("/api/evaluation-requests/" + id + "/decision",
				Map.of("outcome", "DECLINED", "levelOfCare", "INTENSIVE_OUTPATIENT", "reason", "Moved out of state."));

		ApiClient.Response conflict = this.clinician.post("/api/evaluation-requests/" + id + "/screening",
				IntakeFixtures.iopScreening());

		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.json().get("detail").asString()).contains("DECLINED");
	}

	@Test
	void aRetriedSubmissionWithTheSameIdempotencyKeyGetsTheFirstAnswer() {
		Map<String, String> key = Map.of("Idempotency-Key", "form-7d1c2e44");
		long before = this.requests.count();

		ApiClient.Response first = this.anonymous.post("/api/evaluation-requests", IntakeFixtures.validRequest(), key);
		ApiClient.Response retry = this.anonymous.post("/api/evaluation-requests", IntakeFixtures.validRequest(), key);

		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.json()).isEqualTo(first.json());
		assertThat(this.requests.count()).isEqualTo(before + 1);
	}

	@Test
	void aRetryOfASubmissionStoredBeforeIdsHadOneDerivationGetsTheFirstAnswer() {
		String idempotencyKey = "form-before-upgrade-" + System.nanoTime();
		Map<String, String> key = Map.of("Idempotency-Key", idempotencyKey);
		String storedId = this.anonymous.post("/api/evaluation-requests", IntakeFixtures.validRequest(), key)
			.json()
			.get("id")
			.asString();
		String idBeforeUpgrade = UUID
			.nameUUIDFromBytes(("idempotency-key:" + idempotencyKey).getBytes(StandardCharsets.UTF_8))
			.toString();
		Document stored = this.mongo.findById(storedId, Document.class, "evaluation_requests");
		this.mongo.remove(Query.query(Criteria.where("_id").is(storedId)), "evaluation_requests");
		this.mongo.insert(stored.append("_id", idBeforeUpgrade), "evaluation_requests");
		long before = this.requests.count();

		ApiClient.Response retry = this.anonymous.post("/api/evaluation-requests", IntakeFixtures.validRequest(), key);

		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.json().get("id").asString()).isEqualTo(idBeforeUpgrade);
		assertThat(this.requests.count()).isEqualTo(before);
	}

	@Test
	void invalidQueryParametersAndHeadersAreNamedInA400() {
		ApiClient coordinator = ApiClient.as(TestStaff.COORDINATOR, "http://localhost:" + this.port);
		long before = this.requests.count();

		ApiClient.Response tooBig = coordinator.get("/api/evaluation-requests?size=5000");
		ApiClient.Response longKey = this.anonymous.post("/api/evaluation-requests", IntakeFixtures.validRequest(),
				Map.of("Idempotency-Key", "k".repeat(201)));

		assertThat(tooBig.status()).isEqualTo(400);
		assertThat(tooBig.json().at("/errors/0/field").asString()).isEqualTo("size");
		assertThat(longKey.status()).isEqualTo(400);
		assertThat(longKey.json().at("/errors/0/field").asString()).isEqualTo("Idempotency-Key");
		assertThat(this.requests.count()).isEqualTo(before);
	}

	@Test
	void theSameIdempotencyKeyFromManyClientsAtOnceGivesOneRequest() {
		Map<String, String> key = Map.of("Idempotency-Key", "concurrent-" + System.nanoTime());
		long before = this.requests.count();

		List<ApiClient.Response> answers = IntStream.range(0, 8)
			.parallel()
			.mapToObj(i -> this.anonymous.post("/api/evaluation-requests", IntakeFixtures.validRequest(), key))
			.toList();

		assertThat(answers).extracting(ApiClient.Response::status).containsOnly(201);
		assertThat(answers.stream().map(answer -> answer.json().get("id").asString()).distinct()).hasSize(1);
		assertThat(this.requests.count()).isEqualTo(before + 1);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			unknown cohort              | cohort              | "ASTRONAUTS"
			operator for a criterion    | needsDetox          | {"$ne": true}
			unknown severity            | coOccurringSeverity | "EXTREME"
			""")
	void anUnreadableScreeningAnswers400AndChangesNothing(String label, String field, String json) {
		String id = this.anonymous.post("/api/evaluation-requests", IntakeFixtures.validRequest()).json().get("id").asString();
		String screening = JsonMapper.builder().build().writeValueAsString(IntakeFixtures.iopScreening())
			.replaceFirst("\"" + field + "\":[^,}]+", "\"" + field + "\":" + Matcher.quoteReplacement(json));

		ApiClient.Response response = this.clinician.post("/api/evaluation-requests/" + id + "/screening", screening);

		assertThat(response.status()).as(response.text()).isEqualTo(400);
		assertThat(response.json().at("/errors/0/field").asString()).isEqualTo(field);
		assertThat(this.requests.findById(id).orElseThrow().status().name()).isEqualTo("RECEIVED");
		assertThat(this.requests.findById(id).orElseThrow().screenings()).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			malformed JSON              | {"firstName": "Jordan",                                   |
			firstName is an operator    | {"firstName": {"$gt": ""}}                                | firstName
			unknown field $where        | {"$where": "sleep(1000)"}                                 | $where
			unknown concern             | {"concerns": ["GAMBLING"]}                                | concerns[0]
			dateOfBirth not a date      | {"dateOfBirth": "yesterday"}                              | dateOfBirth
			operator in a nested field  | {"insurance": {"payer": {"$ne": null}, "memberId": "1"}}  | insurance.payer
			operator as a nested key    | {"insurance": {"$where": "1", "payer": "A", "memberId": "1"}} | insurance.$where
			operator in a list          | {"concerns": [{"$gt": ""}]}                               | concerns[0]
			unknown contact channel     | {"preferredContact": "CARRIER_PIGEON"}                    | preferredContact
			unknown source              | {"source": "$where"}                                      | source
			""")
	void unreadableBodiesAnswer400AndStoreNothing(String label, String body, String field) {
		long before = this.requests.count();
		String json = body.startsWith("{\"firstName\": \"Jordan\",") ? body : merge(body);

		ApiClient.Response response = this.anonymous.post("/api/evaluation-requests", json);

		assertThat(response.status()).as(response.text()).isEqualTo(400);
		assertThat(response.isProblem()).as(response.text()).isTrue();
		assertThat(response.text()).doesNotContain("Exception", "at org.");
		if (field != null) {
			assertThat(response.json().at("/errors/0/field").asString()).isEqualTo(field);
			assertThat(response.json().get("detail").asString()).contains(field);
		}
		assertThat(this.requests.count()).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			no first name                | firstName         |               | firstName
			no date of birth             | dateOfBirth       |               | dateOfBirth
			born in the future           | dateOfBirth       | 2999-01-01    | dateOfBirth
			no phone nor e-mail          | phone,email       |               | phone
			e-mail preferred but missing | email             |               | email
			no consent                   | consentToContact  | false         | consentToContact
			no concerns                  | concerns          |               | concerns
			message too long             | message           | LONG          | message
			bad e-mail                   | email             | not-an-email  | email
			no insurance nor self-pay    | insurance         |               | insurance
			""")
	void invalidFieldsAreNamedInTheProblemAndNothingIsStored(String label, String fields, String value,
			String expectedField) {
		Map<String, Object> body = IntakeFixtures.validRequest();
		for (String field : fields.split(",")) {
			body.remove(field);
			if (value != null) {
				body.put(field, "LONG".equals(value) ? "x".repeat(2001) : "false".equals(value) ? Boolean.FALSE : value);
			}
		}
		if (label.startsWith("e-mail preferred")) {
			body.put("preferredContact", "EMAIL");
		}
		Map<String, Long> before = StoredState.settled(this.mongo, List.of(Topics.INTAKE_EVALUATIONS));

		ApiClient.Response response = this.anonymous.post("/api/evaluation-requests", body);

		assertThat(response.status()).as(response.text()).isEqualTo(400);
		assertThat(response.isProblem()).as(response.text()).isTrue();
		assertThat(response.json().has("errors")).as(response.text()).isTrue();
		List<String> named = response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
		assertThat(named).contains(expectedField);
		assertThat(response.json().get("detail").asString()).contains(expectedField);
		assertThat(StoredState.settled(this.mongo, List.of(Topics.INTAKE_EVALUATIONS))).isEqualTo(before);
	}

	@Test
	void staffEndpointsNeedALoginAndTheRightRole() {
		String id = this.anonymous.post("/api/evaluation-requests", IntakeFixtures.validRequest()).json().get("id").asString();
		ApiClient coordinator = ApiClient.as(TestStaff.COORDINATOR, "http://localhost:" + this.port);

		assertThat(this.anonymous.get("/api/evaluation-requests/" + id).status()).isEqualTo(401);
		assertThat(coordinator.get("/api/evaluation-requests/" + id).status()).isEqualTo(200);
		ApiClient.Response forbidden = coordinator.post("/api/evaluation-requests/" + id + "/screening", IntakeFixtures.iopScreening());
		assertThat(forbidden.status()).isEqualTo(403);
		assertThat(forbidden.isProblem()).isTrue();
		assertThat(ApiClient.as(TestStaff.OPS, "http://localhost:" + this.port).get("/api/evaluation-requests/" + id)
			.status()).isEqualTo(403);
		assertThat(ApiClient.as("clinician", "wrong", "http://localhost:" + this.port)
			.get("/api/evaluation-requests/" + id)
			.status()).isEqualTo(401);
	}

	@Test
	void unknownIdAnswers404() {
		ApiClient.Response response = this.clinician.get("/api/evaluation-requests/no-such-id");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.json().get("detail").asString()).contains("no-such-id");
	}

	@Test
	void listingFiltersByStatusNewestFirst() {
		String first = this.anonymous.post("/api/evaluation-requests", IntakeFixtures.validRequest()).json().get("id").asString();
		String second = this.anonymous.post("/api/evaluation-requests", IntakeFixtures.validRequest()).json().get("id").asString();
		this.clinician.post("/api/evaluation-requests/" + first + "/screening", IntakeFixtures.iopScreening());

		JsonNode received = this.clinician.get("/api/evaluation-requests?status=RECEIVED").json();
		List<String> ids = received.valueStream().map(r -> r.get("id").asString()).toList();

		assertThat(ids).contains(second).doesNotContain(first);
		assertThat(received.valueStream().map(r -> r.get("status").asString())).containsOnly("RECEIVED");
	}

	private static String merge(String override) {
		Map<String, Object> body = IntakeFixtures.validRequest();
		String base = JsonMapper.builder().build().writeValueAsString(body);
		return base.substring(0, base.length() - 1) + "," + override.substring(1);
	}

	@Test
	void aWithdrawalIsAnnouncedAndTheContactIsRemovedFromTheContactsTopic() {
		try (TopicRecorder contacts = TopicRecorder.of(Topics.INTAKE_CONTACTS)) {
			String id = this.anonymous.post("/api/evaluation-requests", IntakeFixtures.validRequest()).json().get("id").asString();
			ApiClient coordinator = ApiClient.as(TestStaff.COORDINATOR, "http://localhost:" + this.port);

			ApiClient.Response withdrawn = coordinator.post("/api/evaluation-requests/" + id + "/withdraw", Map.of());

			assertThat(withdrawn.status()).isEqualTo(200);
			assertThat(withdrawn.json().get("status").asString()).isEqualTo("WITHDRAWN");
			assertThat(withdrawn.json().at("/withdrawal/recordedBy").asString()).isEqualTo("coordinator");
			await().atMost(Duration.ofSeconds(10))
				.until(() -> evaluations.events(EventTypes.EVALUATION_WITHDRAWN.name(), id), events -> events.size() == 1);
			await().atMost(Duration.ofSeconds(10))
				.until(() -> contacts.records().stream().filter(record -> id.equals(record.key())).count() == 2);
			assertThat(contacts.records()).filteredOn(record -> id.equals(record.key()))
				.extracting(record -> record.value())
				.satisfiesExactly(contact -> assertThat(contact).contains("\"firstName\":\"Jordan\"",
						"\"channel\":\"SMS\"", "\"address\":\"+1 555 010 2030\"")
					.doesNotContain("Rivera", "1990-04-12", "example.org", "SUBSTANCE_USE"),
						tombstone -> assertThat(tombstone).isNull());
		}
	}

	@Test
	void aDischargeFromSchedulingRemovesTheContactFromTheContactsTopicOnceAndAnUnknownOneChangesNothing() {
		try (TopicRecorder contacts = TopicRecorder.of(Topics.INTAKE_CONTACTS); EventPublisher publisher = new EventPublisher()) {
			String id = this.anonymous.post("/api/evaluation-requests", IntakeFixtures.validRequest()).json().get("id").asString();
			this.clinician.post("/api/evaluation-requests/" + id + "/screening", IntakeFixtures.iopScreening());
			this.clinician.post("/api/evaluation-requests/" + id + "/decision",
					Map.of("outcome", "ACCEPTED", "levelOfCare", "INTENSIVE_OUTPATIENT"));
			PatientDischarged discharged = new PatientDischarged(id, "en-" + id, "J.R.", DischargeReason.COMPLETED,
					Instant.now());
			EventEnvelope envelope = publisher.publish(EventTypes.PATIENT_DISCHARGED, discharged);
			publisher.publish(EventTypes.PATIENT_DISCHARGED, envelope, discharged);
			publisher.publish(EventTypes.PATIENT_DISCHARGED, new PatientDischarged(UUID.randomUUID().toString(), "en-x",
					"X.Y.", DischargeReason.OTHER, Instant.now()));

			await().atMost(Duration.ofSeconds(10))
				.until(() -> contacts.records().stream().anyMatch(record -> id.equals(record.key()) && record.value() == null));
			assertThat(contacts.records()).filteredOn(record -> id.equals(record.key()))
				.extracting(record -> record.value() == null)
				.containsExactly(false, true);
		}
	}

	@Test
	void aDecidedRequestCannotBeWithdrawnAndTheRefusalNamesItsStatus() {
		String id = this.anonymous.post("/api/evaluation-requests", IntakeFixtures.validRequest()).json().get("id").asString();
		this.clinician.post("/api/evaluation-requests/" + id + "/screening", IntakeFixtures.iopScreening());
		this.clinician.post("/api/evaluation-requests/" + id + "/decision",
				Map.of("outcome", "ACCEPTED", "levelOfCare", "INTENSIVE_OUTPATIENT"));
		int historyBefore = this.requests.findById(id).orElseThrow().history().size();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.requests.findById(id).orElseThrow().pendingEvents().isEmpty());

		ApiClient.Response refused = this.clinician.post("/api/evaluation-requests/" + id + "/withdraw", Map.of());

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.isProblem()).isTrue();
		assertThat(refused.json().get("detail").asString()).contains("The request is ACCEPTED");
		assertThat(this.requests.findById(id).orElseThrow().status().name()).isEqualTo("ACCEPTED");
		assertThat(this.requests.findById(id).orElseThrow().history()).hasSize(historyBefore);
		assertThat(this.requests.findById(id).orElseThrow().pendingEvents()).isEmpty();
	}

	@Test
	void theQueueFiltersByStatusAndConcernNewestFirstAndPages() {
		Map<String, Object> eating = IntakeFixtures.validRequest();
		eating.put("concerns", List.of("EATING_DISORDER", "MENTAL_HEALTH"));
		List<String> submitted = IntStream.range(0, 3)
			.mapToObj(i -> this.anonymous.post("/api/evaluation-requests", eating).json().get("id").asString())
			.toList();
		List<String> newestFirst = List.of(submitted.get(2), submitted.get(1), submitted.get(0));
		ApiClient coordinator = ApiClient.as(TestStaff.COORDINATOR, "http://localhost:" + this.port);

		List<List<JsonNode>> pages = coordinator.pages("/api/evaluation-requests?status=RECEIVED&concern=EATING_DISORDER&size=1");
		List<JsonNode> all = coordinator.allPages("/api/evaluation-requests?concern=EATING_DISORDER&size=200");

		assertThat(pages).hasSizeGreaterThanOrEqualTo(3).allSatisfy(page -> assertThat(page).hasSize(1));
		assertThat(pages.get(0).get(0).get("id").asString()).isEqualTo(newestFirst.get(0));
		assertThat(pages.stream().map(page -> page.get(0).get("id").asString()).toList())
			.containsSubsequence(newestFirst)
			.doesNotHaveDuplicates();
		assertThat(all.stream().map(request -> request.get("id").asString()).toList()).containsSubsequence(newestFirst);
		assertThat(all.stream().map(request -> request.get("concerns").toString()))
			.allMatch(concerns -> concerns.contains("EATING_DISORDER"));
	}

	@Test
	void theQueuePageLeadsToOlderRequestsTwentyAtATime() {
		Map<String, Object> eating = IntakeFixtures.validRequest();
		eating.put("concerns", List.of("EATING_DISORDER"));
		List<String> submitted = IntStream.range(0, 21)
			.mapToObj(i -> this.anonymous.post("/api/evaluation-requests", eating).json().get("id").asString())
			.toList();
		AccessProbe queue = new AccessProbe("http://localhost:" + this.port);
		String firstPage = "/intake/queue?status=RECEIVED&concern=EATING_DISORDER";

		List<List<String>> pages = queue.pages(firstPage, TestStaff.COORDINATOR, QUEUE_ROW, "older-page");

		assertThat(pages.get(0)).hasSize(20);
		assertThat(pages.get(0).get(0)).isEqualTo(submitted.get(20));
		assertThat(pages.stream().flatMap(List::stream).toList()).containsAll(submitted).doesNotHaveDuplicates();
		assertThat(queue.read(firstPage, TestStaff.COORDINATOR)).doesNotContain("id=\"newest-page\"");
	}

}
