package org.clinicops.intake;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

import org.bson.Document;
import org.clinicops.contracts.AttendanceMode;
import org.clinicops.contracts.AttendanceRecorded;
import org.clinicops.contracts.AttendanceStatus;
import org.clinicops.contracts.ClinicalSessionKind;
import org.clinicops.contracts.EventEnvelope;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.Topics;
import org.clinicops.intake.coverage.CoverageService;
import org.clinicops.intake.coverage.CoverageSweep;
import org.clinicops.testsupport.AccessProbe;
import org.clinicops.testsupport.ApiClient;
import org.clinicops.testsupport.ClinicIntegrationTest;
import org.clinicops.testsupport.EventPublisher;
import org.clinicops.testsupport.PrometheusScrape;
import org.clinicops.testsupport.TestClock;
import org.clinicops.testsupport.TestStaff;
import org.clinicops.testsupport.TopicRecorder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Coverage on the real broker: benefits and authorizations through the API, service days from
 * scheduling's attendance events (published here as scheduling publishes them), and the alerts.
 */
@ClinicIntegrationTest
class CoverageApiTest {

	private static final ZoneId CLINIC = ZoneId.of("America/New_York");

	private static final String REVIEW_PAGE = "/intake/utilization-review";

	private static final String UNDER_REVIEW = "coverage_under_review";

	private static TopicRecorder evaluations;

	private static EventPublisher scheduling;

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	CoverageSweep sweep;

	@Autowired
	CoverageService coverageService;

	@Autowired
	MongoTemplate mongo;

	private String base;

	private ApiClient coordinator;

	@BeforeAll
	static void kafka() {
		evaluations = TopicRecorder.of(Topics.INTAKE_EVALUATIONS);
		scheduling = new EventPublisher();
	}

	@AfterAll
	static void closeKafka() {
		evaluations.close();
		scheduling.close();
	}

	@BeforeEach
	void clients() {
		this.base = "http://localhost:" + this.port;
		this.coordinator = ApiClient.as(TestStaff.COORDINATOR, this.base);
	}

	@Test
	void attendedDaysUseUnitsOnceADayAndACorrectionToNoShowGivesTheUnitBack() {
		String id = IntakeFixtures.submitAndAccept(this.base, IntakeFixtures.validRequest());
		LocalDate today = today();
		verify(id, true);
		ApiClient.Response recorded = authorize(id, 5, today.minusDays(10), today.plusDays(30), today.plusDays(14));
		assertThat(recorded.status()).isEqualTo(201);
		assertThat(recorded.json().get("unitsUsed").asInt()).isZero();
		assertThat(recorded.json().get("unitsLeft").asInt()).isEqualTo(5);

		LocalDate first = today.minusDays(3);
		LocalDate second = today.minusDays(2);
		attend(id, "G-morning-" + first, first, AttendanceStatus.PRESENT, 0);
		attend(id, "A-individual-" + first, first, AttendanceStatus.LATE, 0);
		EventEnvelope secondDay = attend(id, "G-morning-" + second, second, AttendanceStatus.LEFT_EARLY, 0);
		attend(id, "G-morning-" + today.minusDays(1), today.minusDays(1), AttendanceStatus.NO_SHOW, 0);
		scheduling.publish(EventTypes.ATTENDANCE_RECORDED, secondDay, attendance(id, "G-morning-" + second, second,
				AttendanceStatus.LEFT_EARLY, 0));

		JsonNode authorization = awaitAuthorization(id, node -> node.get("unitsUsed").asInt() == 2);
		assertThat(authorization.get("unitsLeft").asInt()).isEqualTo(3);
		assertThat(authorization.get("serviceDays").valueStream().map(JsonNode::asString).toList())
			.containsExactly(first.toString(), second.toString());

		attend(id, "G-morning-" + second, second, AttendanceStatus.NO_SHOW, 5);

		authorization = awaitAuthorization(id, node -> node.get("unitsUsed").asInt() == 1);
		assertThat(authorization.get("serviceDays").valueStream().map(JsonNode::asString).toList())
			.containsExactly(first.toString());
		await().atMost(Duration.ofSeconds(10))
			.until(() -> evaluations.events(EventTypes.AUTHORIZATION_RECORDED.name(), id).size() == 1
					&& evaluations.events(EventTypes.BENEFITS_VERIFIED.name(), id).size() == 1);
		assertThat(evaluations.events(EventTypes.UNAUTHORIZED_SERVICE_DAY.name(), id)).isEmpty();
	}

	@Test
	void lowUnitsAndADayNoAuthorizationCoversAlertOnceEachAndNameNoPayerDetail() {
		String id = IntakeFixtures.submitAndAccept(this.base, IntakeFixtures.validRequest());
		LocalDate today = today();
		verify(id, true);
		authorize(id, 3, today.minusDays(5), today.plusDays(30), null);

		LocalDate attended = today.minusDays(1);
		EventEnvelope envelope = attend(id, "G-evening-" + attended, attended, AttendanceStatus.PRESENT, 0);
		LocalDate beforeTheAuthorization = today.minusDays(6);
		attend(id, "G-evening-" + beforeTheAuthorization, beforeTheAuthorization, AttendanceStatus.PRESENT, 0);
		scheduling.publish(EventTypes.ATTENDANCE_RECORDED, envelope, attendance(id, "G-evening-" + attended, attended,
				AttendanceStatus.PRESENT, 0));
		attend(id, "A-individual-" + attended, attended, AttendanceStatus.PRESENT, 1);

		await().atMost(Duration.ofSeconds(15))
			.until(() -> evaluations.events(EventTypes.AUTHORIZATION_LOW.name(), id).size() == 1
					&& evaluations.events(EventTypes.UNAUTHORIZED_SERVICE_DAY.name(), id).size() == 1);
		var low = evaluations.events(EventTypes.AUTHORIZATION_LOW.name(), id).get(0).payload();
		assertThat(low.toString()).contains("unitsLeft=2").contains("units=3");
		var unauthorized = evaluations.events(EventTypes.UNAUTHORIZED_SERVICE_DAY.name(), id).get(0).payload();
		assertThat(unauthorized.toString()).contains("serviceDate=" + beforeTheAuthorization);
		assertThat(evaluations.records()
			.stream()
			.filter(record -> id.equals(record.key()))
			.map(record -> record.value())
			.toList()).allSatisfy(value -> assertThat(value).doesNotContain("AUTH-", "Acme", "AH-1234", "Jordan"));

		this.sweep.check();
		attend(id, "G-evening-" + today, today, AttendanceStatus.PRESENT, 2);
		awaitAuthorization(id, node -> node.get("unitsUsed").asInt() == 2);
		assertThat(evaluations.events(EventTypes.AUTHORIZATION_LOW.name(), id)).hasSize(1);
		assertThat(evaluations.events(EventTypes.UNAUTHORIZED_SERVICE_DAY.name(), id)).hasSize(1);
	}

	@Test
	void anAuthorizationEndingOrAtItsReviewDateAlertsOnceHoweverManySweepsRun() throws Exception {
		String id = IntakeFixtures.submitAndAccept(this.base, IntakeFixtures.validRequest());
		LocalDate today = today();
		verify(id, false);
		authorize(id, 10, today.minusDays(20), today.plusDays(5), today.plusDays(1));
		String endingSoon = IntakeFixtures.submitAndAccept(this.base, IntakeFixtures.validRequest());
		verify(endingSoon, false);
		authorize(endingSoon, 10, today.minusDays(20), today.plusDays(2), null);

		await().atMost(Duration.ofSeconds(10))
			.until(() -> evaluations.events(EventTypes.AUTHORIZATION_ENDING.name(), endingSoon).size() == 1);
		assertThat(evaluations.events(EventTypes.AUTHORIZATION_REVIEW_DUE.name(), id)).isEmpty();
		assertThat(evaluations.events(EventTypes.AUTHORIZATION_ENDING.name(), id)).isEmpty();

		this.clock.advance(Duration.ofDays(2));
		List<CompletableFuture<Void>> sweeps = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			sweeps.add(CompletableFuture.runAsync(this.sweep::check));
		}
		CompletableFuture.allOf(sweeps.toArray(CompletableFuture[]::new)).get();
		this.sweep.check();

		await().atMost(Duration.ofSeconds(10))
			.until(() -> evaluations.events(EventTypes.AUTHORIZATION_REVIEW_DUE.name(), id).size() == 1
					&& evaluations.events(EventTypes.AUTHORIZATION_ENDING.name(), id).size() == 1);
		this.sweep.check();
		assertThat(evaluations.events(EventTypes.AUTHORIZATION_REVIEW_DUE.name(), id)).hasSize(1);
		assertThat(evaluations.events(EventTypes.AUTHORIZATION_ENDING.name(), id)).hasSize(1);
		assertThat(evaluations.events(EventTypes.AUTHORIZATION_ENDING.name(), endingSoon)).hasSize(1);
	}

	@Test
	void anInsuredPersonAcceptedTwoDaysAgoWithoutVerificationAlertsTheCoordinatorsOnce() {
		String unverified = IntakeFixtures.submitAndAccept(this.base, IntakeFixtures.validRequest());
		String verified = IntakeFixtures.submitAndAccept(this.base, IntakeFixtures.validRequest());
		verify(verified, false);
		String selfPay = IntakeFixtures.submitAndAccept(this.base, IntakeFixtures.selfPayRequest());
		await().atMost(Duration.ofSeconds(10))
			.until(() -> List.of(unverified, verified, selfPay)
				.stream()
				.allMatch(id -> this.mongo.findById(id, Document.class, "coverage") != null
						&& this.mongo.findById(id, Document.class, "coverage").get("acceptedAt") != null));

		this.sweep.check();
		assertThat(evaluations.events(EventTypes.BENEFITS_UNVERIFIED.name(), unverified)).isEmpty();

		this.clock.advance(Duration.ofDays(2).plusMinutes(1));
		this.sweep.check();
		this.sweep.check();

		await().atMost(Duration.ofSeconds(10))
			.until(() -> evaluations.events(EventTypes.BENEFITS_UNVERIFIED.name(), unverified).size() == 1);
		assertThat(evaluations.events(EventTypes.BENEFITS_UNVERIFIED.name(), verified)).isEmpty();
		assertThat(evaluations.events(EventTypes.BENEFITS_UNVERIFIED.name(), selfPay)).isEmpty();
		ApiClient.Response selfPayBenefits = this.coordinator.get("/api/evaluation-requests/" + selfPay + "/benefits");
		assertThat(selfPayBenefits.json().get("selfPay").asBoolean()).isTrue();
		assertThat(selfPayBenefits.json().get("paymentPlanInterest").asBoolean()).isTrue();
	}

	@Test
	void everyVerificationIsKeptAndTheLatestShown() {
		String id = IntakeFixtures.submitAndAccept(this.base, IntakeFixtures.validRequest());
		verify(id, false);
		ApiClient.Response second = verify(id, true);

		assertThat(second.status()).isEqualTo(200);
		assertThat(second.json().at("/latest/authorizationRequired").asBoolean()).isTrue();
		assertThat(second.json().at("/latest/verifiedBy").asString()).isEqualTo(TestStaff.COORDINATOR.username());
		assertThat(second.json().get("verifications").size()).isEqualTo(2);
		assertThat(this.coordinator.get("/api/evaluation-requests/" + id + "/benefits").json().get("verifications").size())
			.isEqualTo(2);
	}

	@Test
	void verificationsRecordedAtOnceAreAllKept() throws Exception {
		String id = IntakeFixtures.submitAndAccept(this.base, IntakeFixtures.validRequest());
		List<CompletableFuture<ApiClient.Response>> puts = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			boolean required = i % 2 == 0;
			puts.add(CompletableFuture.supplyAsync(() -> verify(id, required)));
		}
		CompletableFuture.allOf(puts.toArray(CompletableFuture[]::new)).get();

		assertThat(puts).extracting(put -> put.join().status() + " " + put.join().text()).allMatch(answer -> answer.startsWith("200 "));
		assertThat(this.coordinator.get("/api/evaluation-requests/" + id + "/benefits").json().get("verifications").size())
			.isEqualTo(6);
	}

	@Test
	void refusedAuthorizationsSayWhyAndStoreAndPublishNothing() {
		String id = IntakeFixtures.submitAndAccept(this.base, IntakeFixtures.validRequest());
		LocalDate today = today();
		authorize(id, 5, today, today.plusDays(20), null);
		String screenedOnly = IntakeFixtures.submitAndScreen(this.base, "notes", "Not decided yet.");
		String selfPay = IntakeFixtures.submitAndAccept(this.base, IntakeFixtures.selfPayRequest());

		assertRefused(authorize(id, 0, today.plusDays(30), today.plusDays(40), null), 400, "units");
		assertRefused(authorize(id, 5, today.plusDays(40), today.plusDays(30), null), 400, "to");
		assertRefused(authorize(id, 5, today.plusDays(30), today.plusDays(40), today.plusDays(41)), 400, "nextReviewDate");
		Map<String, Object> otherLevel = authorizationBody(5, today.plusDays(30), today.plusDays(40), null);
		otherLevel.put("levelOfCare", "PARTIAL_HOSPITALIZATION");
		assertRefused(this.coordinator.post("/api/evaluation-requests/" + id + "/authorizations", otherLevel), 400,
				"levelOfCare");
		assertRefused(authorize(id, 5, today.plusDays(20), today.plusDays(40), null), 409, "overlap");
		assertRefused(authorize(screenedOnly, 5, today, today.plusDays(20), null), 409, "SCREENED");
		assertRefused(this.coordinator.put("/api/evaluation-requests/" + selfPay + "/benefits", benefitsBody(true)), 409,
				"pays for themselves");
		assertThat(authorize(UUID.randomUUID().toString(), 5, today, today.plusDays(20), null).status()).isEqualTo(404);

		assertThat(this.coordinator.get("/api/evaluation-requests/" + id + "/authorizations").json().size()).isEqualTo(1);
		assertThat(this.coordinator.get("/api/evaluation-requests/" + screenedOnly + "/authorizations").json().size())
			.isZero();
		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
			.until(() -> evaluations.events(EventTypes.AUTHORIZATION_RECORDED.name(), id).size() == 1);
		assertThat(evaluations.events(EventTypes.BENEFITS_VERIFIED.name(), selfPay)).isEmpty();
	}

	@Test
	void countersMoveWithServiceDaysAndAlerts() {
		String id = IntakeFixtures.submitAndAccept(this.base, IntakeFixtures.validRequest());
		verify(id, true);
		double counted = counter("clinic_coverage_service_days_total", "change", "counted");
		double unauthorized = counter("clinic_coverage_unauthorized_service_days_total");
		LocalDate day = today().minusDays(1);

		attend(id, "G-morning-" + day, day, AttendanceStatus.PRESENT, 0);

		await().atMost(Duration.ofSeconds(10))
			.until(() -> counter("clinic_coverage_service_days_total", "change", "counted") >= counted + 1
					&& counter("clinic_coverage_unauthorized_service_days_total") >= unauthorized + 1);
		assertThat(counter("clinic_coverage_alerts_total", "reason", "UNAUTHORIZED_DAY")).isPositive();
	}

	private double counter(String name, String... labels) {
		return PrometheusScrape.of(ApiClient.as(TestStaff.OPS, this.base)).value(name, labels);
	}

	@Test
	void theReviewPageReadsThoseListedForItIncludingOnesStoredBeforeAndLeavesOutAnEntryPastItsDate() {
		String id = IntakeFixtures.submitAndAccept(this.base, IntakeFixtures.validRequest());
		LocalDate today = today();
		verify(id, true);
		assertThat(authorize(id, 5, today.minusDays(10), today.plusDays(20), today.plusDays(14)).status()).isEqualTo(201);
		AccessProbe staff = new AccessProbe(this.base);
		String row = "data-evaluation=\"" + id + "\"";
		assertThat(staff.read(REVIEW_PAGE, TestStaff.COORDINATOR)).contains(row);

		this.mongo.remove(Query.query(Criteria.where("_id").is(id)), UNDER_REVIEW);
		assertThat(staff.read(REVIEW_PAGE, TestStaff.COORDINATOR)).doesNotContain(row);
		this.coverageService.afterSingletonsInstantiated();
		assertThat(staff.read(REVIEW_PAGE, TestStaff.COORDINATOR)).contains(row);

		this.mongo.upsert(Query.query(Criteria.where("_id").is("past-" + id)),
				new Update().set("until", today.minusDays(1)), UNDER_REVIEW);
		staff.read(REVIEW_PAGE, TestStaff.COORDINATOR);
		assertThat(this.mongo.exists(Query.query(Criteria.where("_id").is("past-" + id)), UNDER_REVIEW)).isFalse();
		assertThat(this.mongo.exists(Query.query(Criteria.where("_id").is(id)), UNDER_REVIEW)).isTrue();
	}

	private static void assertRefused(ApiClient.Response response, int status, String named) {
		assertThat(response.status()).isEqualTo(status);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.text()).contains(named);
	}

	private JsonNode awaitAuthorization(String id, Predicate<JsonNode> condition) {
		return await().atMost(Duration.ofSeconds(15))
			.until(() -> this.coordinator.get("/api/evaluation-requests/" + id + "/authorizations").json().get(0),
					condition::test);
	}

	private EventEnvelope attend(String evaluationId, String sessionId, LocalDate date, AttendanceStatus status,
			int minutesLater) {
		return scheduling.publish(EventTypes.ATTENDANCE_RECORDED,
				attendance(evaluationId, sessionId, date, status, minutesLater));
	}

	private static AttendanceRecorded attendance(String evaluationId, String sessionId, LocalDate date,
			AttendanceStatus status, int minutesLater) {
		boolean partial = status == AttendanceStatus.LATE || status == AttendanceStatus.LEFT_EARLY;
		int attended = status.attended() ? (partial ? 120 : 180) : 0;
		return new AttendanceRecorded(evaluationId, "en-" + evaluationId, sessionId, ClinicalSessionKind.GROUP,
				LocalDateTime.of(date, LocalTime.of(9, 0)), 180, status, attended, AttendanceMode.IN_PERSON, null,
				minutesLater > 0, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(60L * minutesLater));
	}

	private ApiClient.Response verify(String id, boolean authorizationRequired) {
		return this.coordinator.put("/api/evaluation-requests/" + id + "/benefits", benefitsBody(authorizationRequired));
	}

	private static Map<String, Object> benefitsBody(boolean authorizationRequired) {
		return Map.of("coverageActive", true, "iopCovered", true, "authorizationRequired", authorizationRequired,
				"copayPerDay", 25.00, "deductibleRemaining", 500);
	}

	private ApiClient.Response authorize(String id, int units, LocalDate from, LocalDate to, LocalDate review) {
		return this.coordinator.post("/api/evaluation-requests/" + id + "/authorizations",
				authorizationBody(units, from, to, review));
	}

	private static Map<String, Object> authorizationBody(int units, LocalDate from, LocalDate to, LocalDate review) {
		Map<String, Object> body = new HashMap<>();
		body.put("number", "AUTH-" + UUID.randomUUID().toString().substring(0, 8));
		body.put("levelOfCare", "INTENSIVE_OUTPATIENT");
		body.put("units", units);
		body.put("from", from.toString());
		body.put("to", to.toString());
		if (review != null) {
			body.put("nextReviewDate", review.toString());
		}
		return body;
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), CLINIC);
	}

}
