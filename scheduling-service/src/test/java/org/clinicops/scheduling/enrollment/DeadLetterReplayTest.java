package org.clinicops.scheduling.enrollment;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import org.clinicops.common.messaging.KafkaCloudEvents;
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
import org.clinicops.testsupport.TestInfrastructure;
import org.clinicops.testsupport.TestStaff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.support.KafkaHeaders;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Operations list the records this service parked and replay them. The parked record here is
 * written as the dead-letter recoverer writes one (original topic, group and failure in headers)
 * for an acceptance that failed for a reason since gone, so that its replay can succeed.
 */
@ClinicIntegrationTest
class DeadLetterReplayTest {

	@LocalServerPort
	int port;

	@Autowired
	Enrollments enrollments;

	private void park(EvaluationAccepted accepted, EventEnvelope envelope) {
		ProducerRecord<String, String> parked = new ProducerRecord<>(Topics.deadLetterOf(Topics.INTAKE_EVALUATIONS),
				null, accepted.evaluationId(), EventJson.write(accepted), KafkaCloudEvents.of(envelope));
		parked.headers()
			.add(new RecordHeader(KafkaHeaders.DLT_ORIGINAL_TOPIC, bytes(Topics.INTAKE_EVALUATIONS)))
			.add(new RecordHeader(KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP, bytes("scheduling-service")))
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

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private JsonNode parked(ApiClient ops, String eventId) {
		return ops.get("/api/ops/dead-letters")
			.json()
			.valueStream()
			.filter(record -> eventId.equals(record.get("eventId").asString()))
			.findFirst()
			.orElse(null);
	}

	@Test
	void operationsSeeAParkedRecordAndReplayItOnceIntoOneEnrollment() {
		EvaluationAccepted accepted = new EvaluationAccepted(UUID.randomUUID().toString(), "D.L.", Focus.MENTAL_HEALTH,
				Cohort.GENERAL, true, false, false, false, false, LocalDate.of(2026, 12, 7), Instant.now());
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

		String at = "/api/ops/dead-letters/" + listed.get("topic").asString() + "/" + listed.get("partition").asInt() + "/"
				+ listed.get("offset").asLong();
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

}
