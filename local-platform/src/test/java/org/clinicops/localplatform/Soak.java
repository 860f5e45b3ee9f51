package org.clinicops.localplatform;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.clinicops.common.messaging.KafkaCloudEvents;
import org.clinicops.contracts.EventEnvelope;
import org.clinicops.contracts.Topics;
import org.clinicops.testsupport.ApiClient;

import tools.jackson.databind.JsonNode;

import static org.awaitility.Awaitility.await;

/**
 * The soak: evaluations submitted, screened and decided through the API on a fresh local stack
 * while the scheduling service is killed and restarted twice; at the end the counts of requests,
 * acceptances, enrollments, waitlist entries and alerts must reconcile across the three services
 * and their topics. It prints the counts and the time taken, and exits non-zero when they do not
 * reconcile.
 * <p>
 * Run: {@code ./mvnw -B -ntp -Pbenchmark -DskipTests package -Dbenchmark.class=Soak} (size with
 * {@code -Dbenchmark.evaluations=}, default 5000).
 */
public final class Soak {

	private static final String[] FOCUSES = { "SUBSTANCE_USE", "MENTAL_HEALTH", "EATING_DISORDER" };

	public static void main(String[] args) throws Exception {
		int evaluations = Integer.getInteger("benchmark.evaluations", 5000);
		Instant started = Instant.now();
		try (TemporaryStack stack = TemporaryStack.start()) {
			PlatformClient client = new PlatformClient(stack.baseUrl("intake-service"), stack.baseUrl("scheduling-service"),
					stack.baseUrl("notification-service"));
			for (int i = 0; i < 30; i++) {
				client.createGroup("Soak " + i, FOCUSES[i % 3], "Facilitator " + i, 50);
			}
			for (int i = 0; i < 30; i++) {
				client.createTherapist("Therapist " + i, FOCUSES[i % 3]);
			}
			ExecutorService clients = Executors.newFixedThreadPool(8);
			List<Future<String>> outcomes = new ArrayList<>();
			for (int i = 0; i < evaluations; i++) {
				int n = i;
				outcomes.add(clients.submit(() -> walk(client, n)));
			}
			Map<String, Integer> decided = new HashMap<>();
			for (int i = 0; i < outcomes.size(); i++) {
				decided.merge(outcomes.get(i).get(), 1, Integer::sum);
				if (i == evaluations / 3 || i == 2 * evaluations / 3) {
					stack.crashAndRestart("scheduling-service");
					System.out.printf("scheduling-service killed and restarted after %d evaluations%n", i);
				}
			}
			clients.shutdown();
			clients.awaitTermination(1, TimeUnit.MINUTES);
			Duration submitted = Duration.between(started, Instant.now());
			int accepted = decided.getOrDefault("ACCEPTED", 0);
			await().atMost(Duration.ofMinutes(10))
				.pollInterval(Duration.ofSeconds(2))
				.until(() -> settledEnrollments(client.schedulerAtScheduling.allPages("/api/enrollments")) >= accepted);
			// Alerts come last: notification works through every event of the run before counting.
			await().atMost(Duration.ofMinutes(30))
				.pollInterval(Duration.ofSeconds(5))
				.until(() -> caughtUp(stack.kafkaBootstrapServers(), "notification-service"));
			List<JsonNode> enrollments = client.schedulerAtScheduling.allPages("/api/enrollments");
			report(evaluations, decided, enrollments, client, stack.kafkaBootstrapServers(), submitted,
					Duration.between(started, Instant.now()));
		}
	}

	/** One person's way: request, screening, and a decision (most accepted, some referred or declined). */
	private static String walk(PlatformClient client, int n) {
		String focus = FOCUSES[n % 3];
		ApiClient.Response submitted = client.submit(focus);
		String id = submitted.json().get("id").asString();
		if (n % 10 == 0) {
			client.screen(id, focus);
			client.decide(id, Map.of("outcome", "DECLINED", "levelOfCare", "INTENSIVE_OUTPATIENT", "reason", "Moved away."));
			return "DECLINED";
		}
		if (n % 10 == 1) {
			client.screen(id, focus);
			client.decide(id, Map.of("outcome", "REFERRED", "levelOfCare", "OUTPATIENT", "reason", "A lower level fits."));
			return "REFERRED";
		}
		client.screenAndAccept(id, focus);
		return "ACCEPTED";
	}

	/** Whether the consumer group has committed everything on the topics it reads. */
	private static boolean caughtUp(String bootstrapServers, String group) throws Exception {
		try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
				KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
						Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), new StringDeserializer(),
						new StringDeserializer())) {
			Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
				.partitionsToOffsetAndMetadata()
				.get();
			Map<TopicPartition, Long> ends = consumer.endOffsets(committed.keySet());
			return !committed.isEmpty() && committed.entrySet()
				.stream()
				.allMatch(entry -> entry.getValue().offset() >= ends.get(entry.getKey()));
		}
	}

	private static long settledEnrollments(List<JsonNode> enrollments) {
		return enrollments.stream().filter(enrollment -> !"PENDING".equals(enrollment.get("status").asString())).count();
	}

	private static void report(int evaluations, Map<String, Integer> decided, List<JsonNode> enrollments, PlatformClient client,
			String bootstrapServers, Duration submitted, Duration total) {
		Map<String, Long> byStatus = new HashMap<>();
		enrollments.forEach(enrollment -> byStatus.merge(enrollment.get("status").asString(), 1L, Long::sum));
		Map<String, Long> alerts = new HashMap<>();
		client.directorAtNotification.allPages("/api/alerts")
			.forEach(alert -> alerts.merge(alert.get("type").asString(), 1L, Long::sum));
		Map<String, Long> events = countEvents(bootstrapServers);
		int accepted = decided.getOrDefault("ACCEPTED", 0);
		System.out.printf("%nSoak: %d evaluations in %d s (all decided after %d s), scheduling-service restarted twice%n",
				evaluations, total.toSeconds(), submitted.toSeconds());
		System.out.printf("  decisions: %s%n  enrollments by status: %s%n  alerts by type: %s%n  events by type: %s%n",
				decided, byStatus, alerts, events);
		List<String> mismatches = new ArrayList<>();
		check(mismatches, "requested events", events.getOrDefault("clinic.intake.evaluation-requested.v1", 0L), evaluations);
		check(mismatches, "accepted events", events.getOrDefault("clinic.intake.evaluation-accepted.v1", 0L), accepted);
		check(mismatches, "enrollments", enrollments.size(), accepted);
		check(mismatches, "active + waitlisted", byStatus.getOrDefault("ACTIVE", 0L) + byStatus.getOrDefault("WAITLISTED", 0L),
				accepted);
		check(mismatches, "enrolled events", events.getOrDefault("clinic.scheduling.patient-enrolled.v1", 0L),
				byStatus.getOrDefault("ACTIVE", 0L));
		check(mismatches, "waitlisted events", events.getOrDefault("clinic.scheduling.patient-waitlisted.v1", 0L),
				byStatus.getOrDefault("WAITLISTED", 0L));
		check(mismatches, "request alerts", alerts.getOrDefault("EVALUATION_REQUESTED", 0L), evaluations);
		check(mismatches, "acceptance alerts", alerts.getOrDefault("EVALUATION_ACCEPTED", 0L), accepted);
		check(mismatches, "waitlist alerts", alerts.getOrDefault("PATIENT_WAITLISTED", 0L),
				2 * byStatus.getOrDefault("WAITLISTED", 0L));
		System.out.println(mismatches.isEmpty() ? "  all counts reconcile" : "  MISMATCHES: " + mismatches);
		if (!mismatches.isEmpty()) {
			System.exit(1);
		}
	}

	private static void check(List<String> mismatches, String what, long actual, long expected) {
		if (actual != expected) {
			mismatches.add(what + " " + actual + " != " + expected);
		}
	}

	/** Distinct event ids per type on the intake and scheduling topics (a redelivered record counts once). */
	private static Map<String, Long> countEvents(String bootstrapServers) {
		Map<String, Set<String>> ids = new HashMap<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), new StringDeserializer(),
				new StringDeserializer())) {
			List<TopicPartition> partitions = new ArrayList<>();
			for (String topic : List.of(Topics.INTAKE_EVALUATIONS, Topics.SCHEDULING_ENROLLMENTS)) {
				consumer.partitionsFor(topic).forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
			}
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
			while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
					EventEnvelope envelope = KafkaCloudEvents.from(record.headers());
					ids.computeIfAbsent(envelope.type(), type -> new HashSet<>()).add(envelope.id());
				}
			}
		}
		Map<String, Long> counts = new HashMap<>();
		ids.forEach((type, set) -> counts.put(type, (long) set.size()));
		return counts;
	}

	private Soak() {
	}

}
