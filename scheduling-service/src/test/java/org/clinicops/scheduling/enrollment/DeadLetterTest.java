package org.clinicops.scheduling.enrollment;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.clinicops.contracts.Cohort;
import org.clinicops.contracts.EvaluationAccepted;
import org.clinicops.contracts.EventEnvelope;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.Focus;
import org.clinicops.contracts.Topics;
import org.clinicops.testsupport.ApiClient;
import org.clinicops.testsupport.ClinicIntegrationTest;
import org.clinicops.testsupport.EventPublisher;
import org.clinicops.testsupport.PrometheusScrape;
import org.clinicops.testsupport.TestStaff;
import org.clinicops.testsupport.TopicRecorder;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ClinicIntegrationTest
class DeadLetterTest {

	@Autowired
	Enrollments enrollments;

	@LocalServerPort
	int port;

	@Test
	void anUnreadableRecordIsParkedOnTheDeadLetterTopicAndTheNextRecordIsStillHandled() {
		String brokenId = UUID.randomUUID().toString();
		EvaluationAccepted next = new EvaluationAccepted(UUID.randomUUID().toString(), "J.D.", Focus.MENTAL_HEALTH,
				Cohort.GENERAL, false, false, false, false, false, LocalDate.of(2026, 12, 7), Instant.now());
		EventEnvelope broken = new EventEnvelope(UUID.randomUUID().toString(), "/clinic-ops/tests",
				EventTypes.EVALUATION_ACCEPTED.name(), EventEnvelope.SPEC_VERSION, Instant.now(), brokenId,
				EventEnvelope.JSON, "c-1");

		ApiClient ops = ApiClient.as(TestStaff.OPS, "http://localhost:" + this.port);
		double parkedBefore = PrometheusScrape.of(ops).value("clinic_kafka_dead_letters_total", "topic", Topics.INTAKE_EVALUATIONS);

		try (EventPublisher publisher = new EventPublisher();
				TopicRecorder deadLetters = TopicRecorder.of(Topics.deadLetterOf(Topics.INTAKE_EVALUATIONS))) {
			publisher.publishRaw(EventTypes.EVALUATION_ACCEPTED, broken, "{\"evaluationId\": \"" + brokenId + "\", oops");
			publisher.publish(EventTypes.EVALUATION_ACCEPTED, next);

			await().atMost(Duration.ofSeconds(20))
				.until(() -> deadLetters.records().stream().anyMatch(record -> brokenId.equals(record.key())));
			ConsumerRecord<String, String> parked = deadLetters.records()
				.stream()
				.filter(record -> brokenId.equals(record.key()))
				.findFirst()
				.orElseThrow();
			assertThat(new String(parked.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8))
				.isEqualTo(broken.id());
			assertThat(new String(parked.headers().lastHeader("kafka_dlt-exception-message").value(),
					StandardCharsets.UTF_8)).contains("cannot be read");
			await().atMost(Duration.ofSeconds(20))
				.until(() -> this.enrollments.findByEvaluationId(next.evaluationId()).isPresent());
			assertThat(this.enrollments.findByEvaluationId(brokenId)).isEmpty();
		}
		assertThat(PrometheusScrape.of(ops).value("clinic_kafka_dead_letters_total", "topic", Topics.INTAKE_EVALUATIONS))
			.isEqualTo(parkedBefore + 1);
	}

}
