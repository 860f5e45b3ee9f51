package org.clinicops.localplatform;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.clinicops.common.messaging.InboundEvent;
import org.clinicops.common.messaging.KafkaCloudEvents;
import org.clinicops.contracts.AlertRaised;
import org.clinicops.contracts.Cohort;
import org.clinicops.contracts.EvaluationAccepted;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.Focus;
import org.clinicops.contracts.Topics;
import org.clinicops.testsupport.ApiClient;
import org.clinicops.testsupport.PrometheusScrape;
import org.clinicops.testsupport.TestStaff;
import org.clinicops.testsupport.TopicRecorder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of every service on one broker and one database, as a clinic that outgrew one
 * machine runs them: acceptances put on Kafka at once are shared by both scheduling instances and
 * each answered once, every event on the three topics is published once, and every alert is raised
 * once.
 */
class TwoInstancesOfEveryServiceTest {

	private static final int ACCEPTANCES = 200;

	private static TemporaryStack stack;

	@BeforeAll
	static void startStack() throws Exception {
		stack = TemporaryStack.start(Map.of(), 2);
	}

	@AfterAll
	static void stopStack() throws Exception {
		if (stack != null) {
			stack.close();
		}
	}

	@Test
	void acceptancesPutOnKafkaAtOnceAreEachAnsweredOnceAndEveryEventIsPublishedOnce() {
		PlatformClient first = new PlatformClient(stack.baseUrl("intake-service"), stack.baseUrl("scheduling-service"),
				stack.baseUrl("notification-service"));
		for (int i = 0; i < 10; i++) {
			first.createGroup("Recovery " + i, "SUBSTANCE_USE", "Maya Chen", 12);
		}
		for (int i = 0; i < 6; i++) {
			first.createTherapist("Therapist " + i, "SUBSTANCE_USE");
		}
		List<String> accepted = IntStream.range(0, ACCEPTANCES).mapToObj(i -> UUID.randomUUID().toString()).toList();
		try (TopicRecorder topics = new TopicRecorder(stack.kafkaBootstrapServers(), Topics.INTAKE_EVALUATIONS,
				Topics.SCHEDULING_ENROLLMENTS, Topics.NOTIFICATION_ALERTS)) {
			try (KafkaProducer<String, String> producer = BenchmarkKafka.producer(stack.kafkaBootstrapServers())) {
				accepted.forEach(id -> BenchmarkKafka.publish(producer, new EvaluationAccepted(id, "T.I.",
						Focus.SUBSTANCE_USE, Cohort.GENERAL, false, false, false, false, false, LocalDate.now().plusDays(5),
						Instant.now())));
			}

			await().atMost(Duration.ofMinutes(3))
				.until(() -> answered(topics.records()).containsAll(accepted)
						&& alerted(topics.records()).containsAll(accepted));
			List<ConsumerRecord<String, String>> all = topics.recordsUpToNow();

			assertThat(all.stream().filter(record -> accepted.contains(record.key()) && isAnswer(record)))
				.as("one answer for each acceptance")
				.hasSize(ACCEPTANCES);
			assertThat(all.stream().map(record -> KafkaCloudEvents.from(record.headers()).id()).toList())
				.as("events published twice, any topic")
				.doesNotHaveDuplicates();
			assertThat(all.stream()
				.map(record -> InboundEvent.read(record).map(InboundEvent::payload).orElse(null))
				.filter(AlertRaised.class::isInstance)
				.map(alert -> ((AlertRaised) alert).alertId())
				.toList()).as("alerts raised twice").doesNotHaveDuplicates();
		}
		assertThat(List.of("scheduling-service", "scheduling-service-2"))
			.as("both scheduling instances placed people")
			.allSatisfy(instance -> assertThat(PrometheusScrape.of(ApiClient.as(TestStaff.OPS, stack.baseUrl(instance)))
				.value("clinic_pipeline_acceptance_to_enrollment_seconds_count")).isPositive());
	}

	private static boolean isAnswer(ConsumerRecord<String, String> record) {
		String type = KafkaCloudEvents.from(record.headers()).type();
		return EventTypes.PATIENT_ENROLLED.name().equals(type) || EventTypes.PATIENT_WAITLISTED.name().equals(type);
	}

	private static Set<String> answered(List<ConsumerRecord<String, String>> records) {
		return records.stream()
			.filter(TwoInstancesOfEveryServiceTest::isAnswer)
			.map(ConsumerRecord::key)
			.collect(Collectors.toSet());
	}

	private static Set<String> alerted(List<ConsumerRecord<String, String>> records) {
		return records.stream()
			.filter(record -> EventTypes.ALERT_RAISED.name().equals(KafkaCloudEvents.from(record.headers()).type()))
			.map(ConsumerRecord::key)
			.collect(Collectors.toSet());
	}

}
