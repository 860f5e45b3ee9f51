package org.clinicops.scheduling.enrollment;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import org.clinicops.common.deadletters.DeadLetterController;
import org.clinicops.common.deadletters.DeadLetterReplay;
import org.clinicops.common.messaging.KafkaCloudEvents;
import org.clinicops.common.web.ProblemDetailAdvice;
import org.clinicops.contracts.Cohort;
import org.clinicops.contracts.EvaluationAccepted;
import org.clinicops.contracts.EventEnvelope;
import org.clinicops.contracts.EventJson;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.Focus;
import org.clinicops.contracts.Topics;
import org.clinicops.testsupport.ApiClient;
import org.clinicops.testsupport.ClinicIntegrationTest;
import org.clinicops.testsupport.EventPublisher;
import org.clinicops.testsupport.TestClock;
import org.clinicops.testsupport.TestInfrastructure;
import org.clinicops.testsupport.TestStaff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Operations list the records this service parked and replay them. The parked record here is
 * written as the dead-letter recoverer writes one (original topic, group and failure in headers)
 * for an acceptance that failed for a reason since gone, so that its replay can succeed.
 */
@ClinicIntegrationTest
class DeadLetterReplayTest {

	/** Who replays, for the controller called without the service's security in front of it. */
	private static final TestingAuthenticationToken OPS_LOGIN = new TestingAuthenticationToken(TestStaff.OPS.username(),
			null);

	@LocalServerPort
	int port;

	@Autowired
	Enrollments enrollments;

	@Autowired
	KafkaListenerEndpointRegistry listeners;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	MongoTemplate mongo;

	private void park(EvaluationAccepted accepted, EventEnvelope envelope) {
		park(Topics.INTAKE_EVALUATIONS, "scheduling-service", null, accepted.evaluationId(), EventJson.write(accepted),
				envelope);
	}

	/** Parks a record as the recoverer does, on partition 0 at the time given, or on any partition now. */
	private void park(String topic, String group, Instant parkedAt, String key, String value, EventEnvelope envelope) {
		ProducerRecord<String, String> parked = new ProducerRecord<>(Topics.deadLetterOf(topic),
				(parkedAt != null) ? 0 : null, (parkedAt != null) ? parkedAt.toEpochMilli() : null, key, value,
				KafkaCloudEvents.of(envelope));
		parked.headers()
			.add(new RecordHeader(KafkaHeaders.DLT_ORIGINAL_TOPIC, bytes(topic)))
			.add(new RecordHeader(KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP, bytes(group)))
			.add(new RecordHeader(KafkaHeaders.DLT_EXCEPTION_FQCN, bytes("org.springframework.dao.DataAccessResourceFailureException")))
			.add(new RecordHeader(KafkaHeaders.DLT_EXCEPTION_MESSAGE, bytes("MongoDB was unreachable")));
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers()),
				new StringSerializer(), new StringSerializer())) {
			producer.send(parked).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static EvaluationAccepted anAcceptance() {
		return new EvaluationAccepted(UUID.randomUUID().toString(), "D.L.", Focus.MENTAL_HEALTH, Cohort.GENERAL, true,
				false, false, false, false, LocalDate.of(2026, 12, 7), Instant.now());
	}

	/** Where a listed record is replayed from: its dead-letter topic, partition and offset. */
	private static String placeOf(JsonNode listed) {
		return "/api/ops/dead-letters/" + listed.get("topic").asString() + "/" + listed.get("partition").asInt() + "/"
				+ listed.get("offset").asLong();
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private JsonNode parked(ApiClient ops, String eventId) {
		return ops.allPages("/api/ops/dead-letters")
			.stream()
			.filter(record -> eventId.equals(record.get("eventId").asString()))
			.findFirst()
			.orElse(null);
	}

	@Test
	void operationsSeeAParkedRecordAndReplayItOnceIntoOneEnrollment() {
		EvaluationAccepted accepted = anAcceptance();
		EventEnvelope envelope = EventPublisher.envelope(EventTypes.EVALUATION_ACCEPTED, accepted);
		park(accepted, envelope);
		ApiClient ops = ApiClient.as(TestStaff.OPS, "http://localhost:" + this.port);

		JsonNode listed = parked(ops, envelope.id());
		assertThat(listed).isNotNull();
		assertThat(listed.get("originalTopic").asString()).isEqualTo(Topics.INTAKE_EVALUATIONS);
		assertThat(listed.get("eventType").asString()).isEqualTo(EventTypes.EVALUATION_ACCEPTED.name());
		assertThat(listed.get("failure").asString()).contains("MongoDB was unreachable");
		assertThat(listed.get("replayed").asBoolean()).isFalse();
		assertThat(listed.has("value")).as("payloads are not shown").isFalse();
		assertThat(ApiClient.as(TestStaff.SCHEDULER, "http://localhost:" + this.port).get("/api/ops/dead-letters").status())
			.isEqualTo(403);

		String at = placeOf(listed);
		ApiClient.Response replayed = ops.post(at + "/replay", null);
		assertThat(replayed.status()).as(replayed.text()).isEqualTo(200);

		await().atMost(Duration.ofSeconds(15))
			.until(() -> this.enrollments.findByEvaluationId(accepted.evaluationId())
				.filter(enrollment -> enrollment.status() != EnrollmentStatus.PENDING)
				.isPresent());
		ApiClient.Response again = ops.post(at + "/replay", null);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("detail").asString()).contains("replayed already");
		assertThat(parked(ops, envelope.id()).get("replayed").asBoolean()).isTrue();
		assertThat(ops.post("/api/ops/dead-letters/replay", null).json().valueStream()
			.map(record -> record.get("eventId").asString())
			.toList()).doesNotContain(envelope.id());
		assertThat(this.enrollments.findAll()).filteredOn(enrollment -> enrollment.evaluationId()
			.equals(accepted.evaluationId())).hasSize(1);
	}

	/**
	 * Records parked at given times on partition 0 of two dead-letter topics, one partition's out of
	 * time order by a few seconds (instances whose clocks disagree), three at one millisecond, and one
	 * parked by another service's consumer: two at a time, each once, newest first.
	 */
	@Test
	void operationsReadTheParkedRecordsAPageAtATimeNewestFirst() {
		Instant base = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		String[] ids = new String[7];
		Object[][] parked = { { Topics.INTAKE_EVALUATIONS, "scheduling-service", base.plusSeconds(2) },
				{ Topics.INTAKE_EVALUATIONS, "scheduling-service", base },
				{ Topics.SCHEDULING_ENROLLMENTS, "scheduling-calendar", base.plusSeconds(1) },
				{ Topics.SCHEDULING_ENROLLMENTS, "scheduling-service", base.plusSeconds(1) },
				{ Topics.INTAKE_EVALUATIONS, "notification-service", base.plusSeconds(1) },
				{ Topics.INTAKE_EVALUATIONS, "scheduling-service", base.minusSeconds(1) },
				{ Topics.INTAKE_EVALUATIONS, "scheduling-service", base.plusSeconds(1) } };
		for (int i = 0; i < parked.length; i++) {
			EvaluationAccepted accepted = anAcceptance();
			EventEnvelope envelope = EventPublisher.envelope(EventTypes.EVALUATION_ACCEPTED, accepted);
			ids[i] = envelope.id();
			park((String) parked[i][0], (String) parked[i][1], (Instant) parked[i][2], accepted.evaluationId(),
					EventJson.write(accepted), envelope);
		}
		ApiClient ops = ApiClient.as(TestStaff.OPS, "http://localhost:" + this.port);

		List<List<JsonNode>> pages = ops.pages("/api/ops/dead-letters?size=2");
		List<JsonNode> listed = pages.stream().flatMap(List::stream).toList();
		assertThat(pages.subList(0, pages.size() - 1)).allSatisfy(page -> assertThat(page).hasSize(2));
		assertThat(listed.stream().map(record -> record.get("eventId").asString()).filter(List.of(ids)::contains))
			.containsExactly(ids[0], ids[3], ids[2], ids[6], ids[1], ids[5]);
		Comparator<JsonNode> newestFirst = Comparator
			.<JsonNode, Instant>comparing(record -> Instant.parse(record.get("parkedAt").asString()))
			.thenComparing(record -> record.get("topic").asString())
			.thenComparingInt(record -> record.get("partition").asInt())
			.thenComparingLong(record -> record.get("offset").asLong())
			.reversed();
		assertThat(listed).isSortedAccordingTo(newestFirst)
			.extracting(record -> record.get("topic").asString() + "/" + record.get("partition").asInt() + "/"
					+ record.get("offset").asLong())
			.doesNotHaveDuplicates();
		assertThat(listed).allSatisfy(record -> assertThat(record.get("consumerGroup").asString())
			.isIn("scheduling-service", "scheduling-calendar"));

		ApiClient.Response tooLarge = ops.get("/api/ops/dead-letters?size=201");
		assertThat(tooLarge.status()).isEqualTo(400);
		assertThat(tooLarge.json().at("/errors/0/field").asString()).isEqualTo("size");
	}


	/**
	 * Parked records the broker does not give within the read's deadline are not shown at all, nor
	 * replayed: an operator must never read "nothing parked" off a partial read. The deadline is
	 * the service's own clock; here one that has always run past it, beside the real one, against
	 * the same broker, records and routes as the service's.
	 */
	@Test
	void parkedRecordsNotReadInTimeAnswer503AndShowAndReplayNothing() throws Exception {
		EvaluationAccepted accepted = anAcceptance();
		EventEnvelope envelope = EventPublisher.envelope(EventTypes.EVALUATION_ACCEPTED, accepted);
		park(accepted, envelope);
		ApiClient ops = ApiClient.as(TestStaff.OPS, "http://localhost:" + this.port);
		JsonNode listed = parked(ops, envelope.id());
		String at = placeOf(listed);
		MockMvc inTime = deadLetters(Clock.systemUTC());
		MockMvc late = deadLetters(TestClock.steppingOnEachRead(Duration.ofMinutes(1)));

		MockHttpServletResponse shown = inTime.perform(get("/api/ops/dead-letters?size=200")).andReturn().getResponse();
		MockHttpServletResponse notShown = late.perform(get("/api/ops/dead-letters?size=200")).andReturn().getResponse();
		MockHttpServletResponse notReplayed = late.perform(post(at + "/replay").principal(OPS_LOGIN)).andReturn().getResponse();
		MockHttpServletResponse pastTheEnd = inTime
			.perform(post(at.substring(0, at.lastIndexOf('/') + 1) + Long.MAX_VALUE + "/replay").principal(OPS_LOGIN))
			.andReturn()
			.getResponse();

		assertThat(shown.getStatus()).isEqualTo(200);
		assertThat(shown.getContentAsString()).contains(envelope.id());
		assertThat(notShown.getStatus()).isEqualTo(503);
		assertThat(notShown.getHeader("Retry-After")).isEqualTo("5");
		assertThat(notShown.getContentAsString()).contains("Kafka did not answer in time").doesNotContain(envelope.id());
		assertThat(notReplayed.getStatus()).isEqualTo(503);
		assertThat(parked(ops, envelope.id()).get("replayed").asBoolean()).isFalse();
		assertThat(this.enrollments.findByEvaluationId(accepted.evaluationId())).isEmpty();
		assertThat(pastTheEnd.getStatus()).isEqualTo(404);
	}

	private MockMvc deadLetters(Clock clock) {
		DeadLetterReplay deadLetters = new DeadLetterReplay(this.listeners, this.kafka, this.mongo,
				TestInfrastructure.get().kafkaBootstrapServers(), clock);
		return MockMvcBuilders.standaloneSetup(new DeadLetterController(deadLetters))
			.setControllerAdvice(new ProblemDetailAdvice())
			.build();
	}

}
