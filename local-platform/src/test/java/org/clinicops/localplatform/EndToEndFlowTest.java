package org.clinicops.localplatform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.bson.Document;
import org.clinicops.common.messaging.KafkaCloudEvents;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.Topics;
import org.clinicops.testsupport.ApiClient;
import org.clinicops.testsupport.ConsumerGroups;
import org.clinicops.testsupport.EventPublisher;
import org.clinicops.testsupport.PrometheusScrape;
import org.clinicops.testsupport.TestInfrastructure;
import org.clinicops.testsupport.TestStaff;
import org.clinicops.testsupport.TopicRecorder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.util.FileSystemUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The three services, each in its own JVM from its built jar, against one real Kafka broker and
 * one MongoDB server: a person's request walks through intake, scheduling and notification with
 * nothing but HTTP calls and the events between the services.
 */
class EndToEndFlowTest {

	private static final Duration WAIT = PlatformClient.WAIT;

	private static Path root;

	private static Path logDir;

	/** The metric names a dashboard query uses (label names and PromQL functions have no such prefix). */
	private static final Pattern DASHBOARD_METRIC = Pattern.compile("\\b(clinic|kafka|jvm|http|process|system)_[a-z0-9_]+\\b");

	private static PlatformServices platform;

	private static PlatformClient client;

	@BeforeAll
	static void startPlatform() throws Exception {
		TestInfrastructure infrastructure = TestInfrastructure.get();
		root = Path.of(System.getProperty("clinic.root", "..")).toAbsolutePath().normalize();
		logDir = root.resolve("local-platform/target/e2e-logs");
		// Each run's logs on their own, so the log checks read only what this run wrote.
		FileSystemUtils.deleteRecursively(logDir);
		platform = PlatformServices.start(root, infrastructure.kafkaBootstrapServers(), infrastructure.mongoBaseUri(),
				new PlatformServices.Ports(TemporaryStack.freePort(), TemporaryStack.freePort(), TemporaryStack.freePort()), TestStaff.asEnvironment(),
				Map.of("CLINIC_OUTBOX_POLL_INTERVAL", "50ms"), logDir,
				Duration.ofMinutes(3));
		client = new PlatformClient(platform.service("intake-service").baseUrl(),
				platform.service("scheduling-service").baseUrl(), platform.service("notification-service").baseUrl());
	}

	@AfterAll
	static void stopPlatform() throws InterruptedException {
		if (platform != null) {
			platform.close();
		}
	}

	@Test
	void anAcceptedEvaluationFlowsIntoAnEnrollmentWithAGroupATherapistAndStaffAlerts() {
		client.createGroup("Recovery Foundations (evening)", "SUBSTANCE_USE", "Daniel Okafor", 12);
		client.createTherapist("Ana Ruiz", "SUBSTANCE_USE");

		String evaluationId = client.submitScreenAndAccept("SUBSTANCE_USE");

		JsonNode enrollment = client.awaitEnrollment(evaluationId, "ACTIVE");
		assertThat(enrollment.get("groupName").asString()).isEqualTo("Recovery Foundations (evening)");
		assertThat(enrollment.get("therapistName").asString()).isEqualTo("Ana Ruiz");
		assertThat(enrollment.get("track").asString()).isEqualTo("EVENING");
		await().atMost(WAIT).untilAsserted(() -> assertThat(client.alertsFor(evaluationId)).containsExactlyInAnyOrder(
				"EVALUATION_REQUESTED INTAKE_COORDINATOR -", "EVALUATION_ACCEPTED INTAKE_COORDINATOR -",
				"PATIENT_ENROLLED CLINICIAN Ana Ruiz", "GROUP_ASSIGNED CLINICIAN Daniel Okafor"));
	}

	@Test
	void aLateAdmissionGetsItsAppointmentsTwoMissedMeetingsAlertItsTherapistAndItsHoursShow() {
		LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
		LocalDate dayBefore = today.minusDays(2);
		LocalDate yesterday = today.minusDays(1);
		String groupId = client.createEveningGroupMeetingOn("Veterans' recovery", "VETERANS", "Lena Park",
				List.of(dayBefore, yesterday, today.plusDays(1)));
		client.createTherapist("Omar Haddad", "SUBSTANCE_USE");
		String evaluationId = client.acceptStartingOn("VETERANS", today.minusDays(8));

		JsonNode enrollment = client.awaitEnrollment(evaluationId, "ACTIVE");
		String enrollmentId = enrollment.get("id").asString();
		assertThat(enrollment.get("groupId").asString()).isEqualTo(groupId);
		await().atMost(WAIT).until(() -> client.schedulerAtScheduling
			.get("/api/enrollments/" + enrollmentId + "/appointments?from=" + today + "&to=" + today.plusDays(13))
			.json()
			.findValuesAsString("kind")
			.contains("INDIVIDUAL"));
		ApiClient facilitator = ApiClient.as(TestStaff.CLINICIAN, platform.service("scheduling-service").baseUrl());
		for (LocalDate day : List.of(dayBefore, yesterday)) {
			ApiClient.Response taken = facilitator.post("/api/sessions/G-" + groupId + "-"
					+ day.toString().replace("-", "") + "1800/attendance",
					Map.of("records", List.of(Map.of("enrollmentId", enrollmentId, "status", "NO_SHOW"))));
			assertThat(taken.status()).as(taken.text()).isEqualTo(200);
		}

		await().atMost(WAIT).untilAsserted(() -> assertThat(client.alertsFor(evaluationId)).contains(
				"SESSIONS_MISSED CLINICIAN " + enrollment.get("therapistName").asString(),
				"SESSIONS_MISSED INTAKE_COORDINATOR -"));
		JsonNode hours = facilitator.get("/api/enrollments/" + enrollmentId + "/hours?week="
				+ String.format("%d-W%02d", yesterday.get(IsoFields.WEEK_BASED_YEAR),
						yesterday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)))
			.json();
		assertThat(hours.get("attendedHours").decimalValue()).isZero();
		assertThat(hours.get("minimumHours").decimalValue()).isEqualByComparingTo("9");
	}

	@Test
	void attendanceTakenInSchedulingUsesTheAuthorizedDaysInIntakeAndLowUnitsAlertTheCoordinators() {
		LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
		LocalDate dayBefore = today.minusDays(2);
		LocalDate yesterday = today.minusDays(1);
		String groupId = client.createEveningGroupMeetingOn("Trauma-informed recovery", "TRAUMA_SURVIVORS", "Ines Duarte",
				List.of(dayBefore, yesterday, today.plusDays(1)));
		client.createTherapist("Sade Okonkwo", "SUBSTANCE_USE");
		String evaluationId = client.acceptStartingOn("TRAUMA_SURVIVORS", today.minusDays(8));
		String requestPath = "/api/evaluation-requests/" + evaluationId;
		assertThat(client.coordinator.put(requestPath + "/benefits", Map.of("coverageActive", true, "iopCovered", true,
				"authorizationRequired", true, "copayPerDay", 30.0, "deductibleRemaining", 0.0)).status()).isEqualTo(200);
		ApiClient.Response authorized = client.coordinator.post(requestPath + "/authorizations", Map.of("number",
				"AUTH-TS-4410", "levelOfCare", "INTENSIVE_OUTPATIENT", "units", 3, "from", today.minusDays(8).toString(),
				"to", today.plusDays(20).toString()));
		assertThat(authorized.status()).as(authorized.text()).isEqualTo(201);

		JsonNode enrollment = client.awaitEnrollment(evaluationId, "ACTIVE");
		assertThat(enrollment.get("groupId").asString()).isEqualTo(groupId);
		ApiClient facilitator = ApiClient.as(TestStaff.CLINICIAN, platform.service("scheduling-service").baseUrl());
		for (LocalDate day : List.of(dayBefore, yesterday)) {
			ApiClient.Response taken = facilitator.post("/api/sessions/G-" + groupId + "-"
					+ day.toString().replace("-", "") + "1800/attendance",
					Map.of("records", List.of(Map.of("enrollmentId", enrollment.get("id").asString(), "status", "PRESENT"))));
			assertThat(taken.status()).as(taken.text()).isEqualTo(200);
		}

		JsonNode authorization = await().atMost(WAIT)
			.until(() -> client.coordinator.get(requestPath + "/authorizations").json().get(0),
					node -> node.get("unitsUsed").asInt() == 2);
		assertThat(authorization.get("unitsLeft").asInt()).isEqualTo(1);
		assertThat(authorization.get("serviceDays").valueStream().map(JsonNode::asString).toList())
			.containsExactly(dayBefore.toString(), yesterday.toString());
		await().atMost(WAIT).untilAsserted(() -> assertThat(client.alertsFor(evaluationId))
			.containsOnlyOnce("AUTHORIZATION_LOW INTAKE_COORDINATOR -"));
	}

	@Test
	void whenTheOnlyMatchingGroupIsFullTheNextPersonIsWaitlistedAndSchedulersAreAlerted() {
		client.createGroup("Nourish (evening)", "EATING_DISORDER", "Hannah Becker", 1);
		client.createTherapist("Dev Patel", "EATING_DISORDER");
		String first = client.submitScreenAndAccept("EATING_DISORDER");
		client.awaitEnrollment(first, "ACTIVE");

		String second = client.submitScreenAndAccept("EATING_DISORDER");

		JsonNode waitlisted = client.awaitEnrollment(second, "WAITLISTED");
		assertThat(waitlisted.get("groupId").isNull()).isTrue();
		await().atMost(WAIT).untilAsserted(() -> assertThat(client.alertsFor(second)).contains(
				"PATIENT_WAITLISTED SCHEDULER -", "PATIENT_WAITLISTED PROGRAM_DIRECTOR -"));
		await().atMost(WAIT).untilAsserted(() -> assertThat(client.alertsFor(first)).contains("GROUP_FULL PROGRAM_DIRECTOR -"));
	}

	@Test
	void theSameAcceptanceDeliveredTwiceGivesOneEnrollmentAndOneSetOfAlerts() throws Exception {
		client.createGroup("Coping Skills (evening)", "MENTAL_HEALTH", "Priya Nair", 12);
		client.createTherapist("Carla Diaz", "MENTAL_HEALTH");
		String evaluationId = client.submitScreenAndAccept("MENTAL_HEALTH");
		client.awaitEnrollment(evaluationId, "ACTIVE");
		await().atMost(WAIT).until(() -> client.alertsFor(evaluationId).size() == 4);

		try (TopicRecorder evaluations = TopicRecorder.of(Topics.INTAKE_EVALUATIONS);
				EventPublisher publisher = new EventPublisher();
				ConsumerGroups groups = new ConsumerGroups()) {
			await().atMost(WAIT).until(() -> evaluations.events(EventTypes.EVALUATION_ACCEPTED.name(), evaluationId).size() == 1);
			ConsumerRecord<String, String> accepted = evaluations.records()
				.stream()
				.filter(record -> evaluationId.equals(record.key())
						&& EventTypes.EVALUATION_ACCEPTED.name().equals(KafkaCloudEvents.from(record.headers()).type()))
				.findFirst()
				.orElseThrow();

			RecordMetadata redelivered = publisher.publishRaw(EventTypes.EVALUATION_ACCEPTED,
					KafkaCloudEvents.from(accepted.headers()), accepted.value());

			await().atMost(WAIT).until(() -> groups.hasConsumed("scheduling-service", redelivered)
					&& groups.hasConsumed("notification-service", redelivered));
		}
		assertThat(client.schedulerAtScheduling.get("/api/enrollments?evaluationId=" + evaluationId).json().size()).isEqualTo(1);
		assertThat(client.alertsFor(evaluationId)).hasSize(4);
	}


	/** What the test people told the clinic: none of it may leave intake but through the contacts topic. */
	private record Person(String firstName, String lastName, String dateOfBirth, String phone, String email,
			String preferredContact, String message, String notes) {

		Map<String, Object> request(String focus) {
			return Map.ofEntries(Map.entry("firstName", this.firstName), Map.entry("lastName", this.lastName),
					Map.entry("dateOfBirth", this.dateOfBirth), Map.entry("phone", this.phone), Map.entry("email", this.email),
					Map.entry("preferredContact", this.preferredContact), Map.entry("consentToContact", true),
					Map.entry("concerns", List.of(focus)), Map.entry("message", this.message), Map.entry("source", "SELF"),
					Map.entry("insurance", Map.of("payer", "Harborview Mutual", "memberId", memberId())));
		}

		String memberId() {
			return "HM-" + this.phone.replaceAll("[^0-9]", "");
		}

		String contact() {
			return this.preferredContact.equals("EMAIL") ? this.email : this.phone;
		}

		/** Everything of the person that must not travel, with the phone also as bare digits. */
		List<String> protectedValues() {
			return List.of(this.firstName, this.lastName, this.dateOfBirth, this.phone, this.phone.replaceAll("[^0-9]", ""),
					this.email, this.message, this.notes, "Harborview", memberId());
		}

		/** What the contacts topic must not hold: all but the first name and the one contact channel. */
		List<String> notForTheContactsTopic() {
			return protectedValues().stream()
				.filter(value -> !value.equals(this.firstName) && !value.equals(contact())
						&& !(this.preferredContact.equals("SMS") && value.equals(this.phone.replaceAll("[^0-9]", ""))))
				.toList();
		}

	}

	@Test
	void nothingAboutAPersonButIdsRoutingFactsAndInitialsReachesTopicsMetricsAlertsRostersOrLogs() throws Exception {
		client.createGroup("Steady Ground (evening)", "SUBSTANCE_USE", "Mira Lindqvist", 1);
		client.createTherapist("Tomas Herrera", "SUBSTANCE_USE");
		Person enrolled = new Person("Zephyrine", "Quillfeather", "1987-03-14", "+1 555 0147 8812",
				"zephyrine.quill@example.org", "EMAIL", "Since the accident I drink every night alone",
				"Discloses nightly drinking after a car crash");
		Person waitlisted = new Person("Bartholomew", "Nightingale-Oyelaran", "1979-11-02", "+1 555 0163 2290",
				"b.nightingale@example.net", "SMS", "My panic attacks stop me leaving the house",
				"Panic disorder, avoids crowds since spring");
		Person atRisk = new Person("Esperanza", "Vantongeren", "2001-06-27", "+1 555 0188 4407",
				"esperanza.v@example.com", "SMS", "Lately I have thought about ending my life",
				"Passive ideation, no plan, sister present");
		String first = client.submit(enrolled.request("SUBSTANCE_USE"));
		client.screenAndAccept(first, "SUBSTANCE_USE");
		String second = client.submit(waitlisted.request("SUBSTANCE_USE"));
		client.screen(second, "SUBSTANCE_USE", Map.of("notes", waitlisted.notes()));
		client.decide(second, Map.of("outcome", "ACCEPTED", "levelOfCare", "INTENSIVE_OUTPATIENT"));
		String third = client.submit(atRisk.request("MENTAL_HEALTH"));
		client.screen(third, "MENTAL_HEALTH", Map.of("dangerToSelfOrOthers", true, "notes", atRisk.notes()));
		client.decide(third, Map.of("outcome", "REFERRED", "levelOfCare", "PARTIAL_HOSPITALIZATION", "reason",
				"Referred on: " + atRisk.notes()));
		JsonNode enrollment = client.awaitEnrollment(first, "ACTIVE");
		client.awaitEnrollment(second, "ACTIVE", "WAITLISTED");
		String authorizationNumber = "AUTH-ZQ-55017";
		// Amounts with more digits before the point than a log line's seconds ("17:26:41.25..."), so
		// finding one in a line is the amount and not the time the line was written.
		assertThat(client.coordinator.put("/api/evaluation-requests/" + first + "/benefits", Map.of("coverageActive", true,
				"iopCovered", true, "authorizationRequired", true, "copayPerDay", 641.25, "deductibleRemaining", 1234.56))
			.status()).isEqualTo(200);
		LocalDate start = LocalDate.parse(enrollment.get("startDate").asString());
		assertThat(client.coordinator.post("/api/evaluation-requests/" + first + "/authorizations", Map.of("number",
				authorizationNumber, "levelOfCare", "INTENSIVE_OUTPATIENT", "units", 2, "from", start.toString(), "to",
				start.plusDays(2).toString())).status()).isEqualTo(201);
		await().atMost(WAIT).until(() -> client.alertsFor(third).stream().anyMatch(alert -> alert.startsWith("RISK_FLAG_RAISED")));
		List<Person> people = List.of(enrolled, waitlisted, atRisk);
		List<String> protectedValues = Stream
			.concat(people.stream().flatMap(person -> person.protectedValues().stream()),
					Stream.of(authorizationNumber, "641.25", "1234.56"))
			.toList();

		Map<String, Person> contactsByEvaluation = Map.of(first, enrolled, second, waitlisted, third, atRisk);
		int recordsRead = 0;
		try (TopicRecorder everyTopic = TopicRecorder.of(allTopics().toArray(String[]::new))) {
			await().atMost(WAIT).until(() -> everyTopic.records().stream().anyMatch(record -> third.equals(record.key())
					&& record.topic().equals(Topics.NOTIFICATION_ALERTS)));
			await().atMost(WAIT).until(() -> everyTopic.records().stream().anyMatch(record -> first.equals(record.key())
					&& KafkaCloudEvents.from(record.headers()).type().equals(EventTypes.AUTHORIZATION_RECORDED.name())));
			for (ConsumerRecord<String, String> record : everyTopic.records()) {
				recordsRead++;
				String text = recordText(record);
				Person contact = contactsByEvaluation.get(record.key());
				List<String> forbidden = (record.topic().equals(Topics.INTAKE_CONTACTS) && contact != null)
						? contact.notForTheContactsTopic() : protectedValues;
				assertThat(text).as("%s record at %d", record.topic(), record.offset()).doesNotContain(forbidden);
			}
		}
		assertThat(recordsRead).isGreaterThan(10);

		List<String> metricsAndAlerts = new ArrayList<>();
		for (String service : List.of("intake-service", "scheduling-service", "notification-service")) {
			String metrics = ApiClient.as(TestStaff.OPS, platform.service(service).baseUrl()).get("/actuator/prometheus").text();
			assertThat(metrics).as("%s metrics", service).doesNotContain(protectedValues).doesNotContain(first, second, third);
			metricsAndAlerts.add(metrics);
		}
		for (TestStaff staff : TestStaff.values()) {
			ApiClient member = ApiClient.as(staff, platform.service("notification-service").baseUrl());
			ApiClient.Response firstPage = member.get("/api/alerts");
			String alerts = (firstPage.status() == 200) ? member.allPages("/api/alerts").toString() : firstPage.text();
			assertThat(alerts).as("alerts as %s", staff).doesNotContain(protectedValues);
		}
		String roster = client.schedulerAtScheduling.get("/api/groups/" + enrollment.get("groupId").asString() + "/roster?date="
				+ enrollment.get("startDate").asString())
			.text();
		assertThat(roster).contains("Z.Q.").doesNotContain(enrolled.firstName(), enrolled.lastName());
		JsonMapper json = JsonMapper.builder().build();
		boolean traced = false;
		try (Stream<Path> logs = Files.list(logDir)) {
			for (Path log : logs.toList()) {
				String written = Files.readString(log);
				assertThat(written).as("log %s", log.getFileName()).doesNotContain(protectedValues);
				// The last line may still be being written: only complete lines are read as JSON.
				for (String line : written.substring(0, written.lastIndexOf('\n') + 1).lines().toList()) {
					JsonNode entry = json.readTree(line);
					assertThat(entry.has("@timestamp") && entry.has("message")).as("a JSON log line: %s", line).isTrue();
					traced |= entry.has("traceId") && entry.has("spanId");
				}
			}
		}
		assertThat(traced).as("log lines written in a trace carry its ids").isTrue();
	}

	@Test
	void aPersonWhoWithdrawsConsentIsNoLongerMessagedWhileOthersAre() throws Exception {
		client.createGroup("Open Door (evening)", "MENTAL_HEALTH", "Lena Vogt", 12);
		client.createTherapist("Ravi Menon", "MENTAL_HEALTH");
		String withdrew = client.submit(new Person("Marisol", "Achterberg", "1994-08-30", "+1 555 0120 6611",
				"marisol.a@example.org", "EMAIL", "-", "-").request("MENTAL_HEALTH"));
		String stillConsents = client.submit(new Person("Ingmar", "Castellanos", "1985-01-09", "+1 555 0120 6612",
				"ingmar.c@example.org", "EMAIL", "-", "-").request("MENTAL_HEALTH"));
		client.screen(withdrew, "MENTAL_HEALTH");

		ApiClient.Response withdrawn = client.clinician.post("/api/evaluation-requests/" + withdrew + "/consent-withdrawal", null);
		assertThat(withdrawn.status()).as(withdrawn.text()).isEqualTo(200);
		assertThat(withdrawn.json().at("/consentWithdrawal/recordedBy").asString()).isEqualTo("clinician");
		assertThat(withdrawn.json().get("consentTextVersion").asString()).isNotBlank();
		try (TopicRecorder contacts = TopicRecorder.of(Topics.INTAKE_CONTACTS); ConsumerGroups groups = new ConsumerGroups()) {
			ConsumerRecord<String, String> tombstone = await().atMost(WAIT)
				.until(() -> contacts.records()
					.stream()
					.filter(record -> withdrew.equals(record.key()) && record.value() == null)
					.findFirst(), Optional::isPresent)
				.orElseThrow();
			await().atMost(WAIT).until(() -> groups.hasConsumed("notification-contacts", tombstone));
		}
		client.decide(withdrew, Map.of("outcome", "ACCEPTED", "levelOfCare", "INTENSIVE_OUTPATIENT"));
		client.screenAndAccept(stillConsents, "MENTAL_HEALTH");
		client.awaitEnrollment(withdrew, "ACTIVE");
		client.awaitEnrollment(stillConsents, "ACTIVE");

		try (MongoClient mongo = MongoClients.create(TestInfrastructure.get().mongoBaseUri())) {
			MongoCollection<Document> messages = mongo.getDatabase("notification").getCollection("patient_messages");
			await().atMost(WAIT).until(() -> status(messages, stillConsents), "SENT"::equals);
			await().atMost(WAIT).until(() -> status(messages, withdrew), "CANCELLED"::equals);
		}
	}

	@Test
	void oneTraceRunsFromARequestThroughEveryServiceItsEventsReachToTheStaffAlerts() throws Exception {
		client.createGroup("Tidewater (evening)", "EATING_DISORDER", "Ines Barros", 12);
		client.createTherapist("Omar Said", "EATING_DISORDER");
		String submissionTrace = newTraceId();
		String decisionTrace = newTraceId();

		ApiClient.Response submitted = client.anonymousIntake.post("/api/evaluation-requests",
				new Person("Kit", "Lowe", "1990-01-01", "+1 555 0100 99", "kit@example.org", "SMS", "-", "-")
					.request("EATING_DISORDER"),
				Map.of("traceparent", traceParent(submissionTrace)));
		String evaluationId = submitted.json().get("id").asString();
		client.screen(evaluationId, "EATING_DISORDER");
		ApiClient.Response decided = client.clinician.post("/api/evaluation-requests/" + evaluationId + "/decision",
				Map.of("outcome", "ACCEPTED", "levelOfCare", "INTENSIVE_OUTPATIENT"),
				Map.of("traceparent", traceParent(decisionTrace)));
		assertThat(decided.status()).as(decided.text()).isEqualTo(200);

		try (TopicRecorder alerts = TopicRecorder.of(Topics.NOTIFICATION_ALERTS)) {
			Map<String, String> traceOfAlert = await().atMost(WAIT).until(() -> alertTraces(alerts, evaluationId),
					traces -> traces.keySet().containsAll(List.of("EVALUATION_REQUESTED", "GROUP_ASSIGNED", "PATIENT_ENROLLED")));
			assertThat(traceOfAlert).containsEntry("EVALUATION_REQUESTED", submissionTrace)
				.containsEntry("EVALUATION_ACCEPTED", decisionTrace)
				.containsEntry("GROUP_ASSIGNED", decisionTrace)
				.containsEntry("PATIENT_ENROLLED", decisionTrace);
		}
	}

	/** The trace id each alert-raised record of the evaluation was published in, by alert type. */
	private static Map<String, String> alertTraces(TopicRecorder alerts, String evaluationId) {
		Map<String, String> traces = new TreeMap<>();
		for (ConsumerRecord<String, String> record : alerts.records()) {
			Header traceParent = record.headers().lastHeader("traceparent");
			if (evaluationId.equals(record.key()) && traceParent != null && EventTypes.ALERT_RAISED.name()
				.equals(KafkaCloudEvents.from(record.headers()).type())) {
				String alertType = JsonMapper.builder().build().readTree(record.value()).get("alertType").asString();
				traces.put(alertType, new String(traceParent.value(), StandardCharsets.UTF_8).split("-")[1]);
			}
		}
		return traces;
	}

	private static String newTraceId() {
		return UUID.randomUUID().toString().replace("-", "");
	}

	private static String traceParent(String traceId) {
		return "00-" + traceId + "-" + traceId.substring(0, 16) + "-01";
	}

	@Test
	void everyMetricTheClinicFlowDashboardQueriesIsExportedByTheRunningServices() throws Exception {
		client.createGroup("Harbor (evening)", "SUBSTANCE_USE", "Noor Haddad", 12);
		client.createTherapist("Lucas Moreau", "SUBSTANCE_USE");
		String evaluationId = client.submitScreenAndAccept("SUBSTANCE_USE");
		client.awaitEnrollment(evaluationId, "ACTIVE");
		await().atMost(WAIT).until(() -> client.alertsFor(evaluationId).size() == 4);

		JsonNode dashboard = JsonMapper.builder().build().readTree(root.resolve("ops/grafana/dashboards/clinic-flow.json").toFile());
		Set<String> queried = new TreeSet<>();
		dashboard.get("panels").valueStream().flatMap(panel -> panel.get("targets").valueStream()).forEach(target -> {
			Matcher metric = DASHBOARD_METRIC.matcher(target.get("expr").asString());
			while (metric.find()) {
				queried.add(metric.group());
			}
		});
		Set<String> exported = new TreeSet<>();
		for (String service : List.of("intake-service", "scheduling-service", "notification-service")) {
			exported.addAll(PrometheusScrape.of(ApiClient.as(TestStaff.OPS, platform.service(service).baseUrl())).names());
		}

		assertThat(dashboard.get("panels").size()).isGreaterThanOrEqualTo(10);
		assertThat(queried).hasSizeGreaterThanOrEqualTo(15);
		assertThat(exported).as("metrics exported by the three services").containsAll(queried);
	}

	private static String status(MongoCollection<Document> messages, String evaluationId) {
		Document welcome = messages.find(Filters.and(Filters.eq("evaluationId", evaluationId), Filters.eq("kind", "WELCOME")))
			.first();
		return (welcome != null) ? welcome.getString("status") : null;
	}

	private static List<String> allTopics() throws Exception {
		try (AdminClient admin = AdminClient.create(
				Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers()))) {
			return admin.listTopics().names().get().stream().sorted().toList();
		}
	}

	/** A record's value and every header value, as text. */
	private static String recordText(ConsumerRecord<String, String> record) {
		StringBuilder text = new StringBuilder(String.valueOf(record.value()));
		for (Header header : record.headers()) {
			text.append('\n').append(header.key()).append('=');
			if (header.value() != null) {
				text.append(new String(header.value(), StandardCharsets.UTF_8));
			}
		}
		return text.toString();
	}

}
