package org.clinicops.localplatform;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.clinicops.common.messaging.KafkaCloudEvents;
import org.clinicops.contracts.Cohort;
import org.clinicops.contracts.EvaluationAccepted;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.Focus;
import org.clinicops.contracts.Topics;
import org.clinicops.testsupport.ApiClient;
import org.clinicops.testsupport.TestStaff;

/**
 * The matching benchmark: the local stack (a real KRaft broker, the file-backed MongoDB-wire
 * server, the three services as their own JVMs) with 200 groups; 10,000 acceptances are put on
 * {@code intake.evaluations} at once and the scheduling service's answers (enrolled or
 * waitlisted) are timed per thousand. It reports figures and asserts nothing: the cost of the
 * first and the last thousand should be about the same.
 * <p>
 * Run: {@code ./mvnw -B -ntp -Pbenchmark -DskipTests package} (options
 * {@code -Dbenchmark.acceptances=} and {@code -Dbenchmark.groups=}).
 */
public final class MatchingBenchmark {

	private static final Focus[] FOCUSES = Focus.values();

	public static void main(String[] args) throws Exception {
		int acceptances = Integer.getInteger("benchmark.acceptances", 10_000);
		int groupCount = Integer.getInteger("benchmark.groups", 200);
		try (TemporaryStack stack = TemporaryStack.start()) {
			ApiClient director = ApiClient.as(TestStaff.DIRECTOR, stack.baseUrl("scheduling-service"));
			createProgram(director, groupCount);
			report(acceptances, groupCount, run(stack.kafkaBootstrapServers(), acceptances));
		}
	}

	/** Groups of every focus and both tracks, mostly GENERAL, three 3-hour meetings a week; therapists with room. */
	private static void createProgram(ApiClient director, int groupCount) {
		for (int i = 0; i < groupCount; i++) {
			boolean evening = i % 2 == 0;
			String start = evening ? "18:00" : "09:00";
			Map<String, Object> group = Map.of("name", "Group " + i, "focus", FOCUSES[i % FOCUSES.length].name(),
					"cohort", (i % 5 == 0) ? Cohort.WOMEN.name() : Cohort.GENERAL.name(), "track",
					evening ? "EVENING" : "MORNING", "capacity", 12, "facilitator", "Facilitator " + (i % 40),
					"meetings", List.of(Map.of("day", "MONDAY", "start", start, "minutes", 180),
							Map.of("day", "WEDNESDAY", "start", start, "minutes", 180),
							Map.of("day", "FRIDAY", "start", start, "minutes", 180)));
			require(director.post("/api/groups", group), 201);
		}
		for (int i = 0; i < 60; i++) {
			require(director.post("/api/therapists", Map.of("name", "Therapist " + i, "caseloadCapacity", 40,
					"specialties", List.of(FOCUSES[i % FOCUSES.length].name()))), 201);
		}
	}

	/** Publishes all acceptances, then returns when each thousandth answer arrived, from the first send. */
	private static List<Duration> run(String bootstrapServers, int acceptances) {
		try (KafkaConsumer<String, String> answers = BenchmarkKafka.readingFromNow(bootstrapServers,
				Topics.SCHEDULING_ENROLLMENTS);
				KafkaProducer<String, String> producer = BenchmarkKafka.producer(bootstrapServers)) {
			Instant start = Instant.now();
			for (int i = 0; i < acceptances; i++) {
				EvaluationAccepted accepted = new EvaluationAccepted(UUID.randomUUID().toString(), "B.M.",
						FOCUSES[i % FOCUSES.length], (i % 7 == 0) ? Cohort.WOMEN : Cohort.GENERAL, i % 2 == 0, false,
						i % 50 == 0, i % 20 == 0, i % 3 == 0, LocalDate.of(2026, 12, 7), Instant.now());
				BenchmarkKafka.publish(producer, accepted);
			}
			producer.flush();
			System.out.printf("%d acceptances published in %d ms%n", acceptances,
					Duration.between(start, Instant.now()).toMillis());
			List<Duration> thousands = new ArrayList<>();
			int answered = 0;
			Instant deadline = Instant.now().plus(Duration.ofMinutes(30));
			while (answered < acceptances && Instant.now().isBefore(deadline)) {
				for (ConsumerRecord<String, String> record : answers.poll(Duration.ofMillis(200))) {
					String type = KafkaCloudEvents.from(record.headers()).type();
					if (type.equals(EventTypes.PATIENT_ENROLLED.name()) || type.equals(EventTypes.PATIENT_WAITLISTED.name())) {
						answered++;
						if (answered % 1000 == 0 || answered == acceptances) {
							thousands.add(Duration.between(start, Instant.now()));
						}
					}
				}
			}
			if (answered < acceptances) {
				throw new IllegalStateException("only " + answered + " of " + acceptances + " acceptances answered in 30 min");
			}
			return thousands;
		}
	}

	private static void report(int acceptances, int groups, List<Duration> thousands) {
		System.out.printf("%nMatching benchmark: %d acceptances over %d groups on the local stack%n", acceptances, groups);
		Duration previous = Duration.ZERO;
		for (int i = 0; i < thousands.size(); i++) {
			Duration slice = thousands.get(i).minus(previous);
			System.out.printf("  answers %5d-%5d: %6d ms, %.2f ms per assignment%n", i * 1000 + 1,
					Math.min((i + 1) * 1000, acceptances), slice.toMillis(), slice.toMillis() / 1000.0);
			previous = thousands.get(i);
		}
		Duration total = thousands.get(thousands.size() - 1);
		Duration first = thousands.get(0);
		Duration last = total.minus((thousands.size() > 1) ? thousands.get(thousands.size() - 2) : Duration.ZERO);
		System.out.printf("  total %d ms, throughput %.0f acceptances/s%n", total.toMillis(),
				acceptances * 1000.0 / total.toMillis());
		System.out.printf("  cost per assignment: first thousand %.2f ms, last thousand %.2f ms%n",
				first.toMillis() / 1000.0, last.toMillis() / 1000.0);
	}

	private static void require(ApiClient.Response response, int status) {
		if (response.status() != status) {
			throw new IllegalStateException("expected " + status + " but got " + response.status() + ": " + response.text());
		}
	}

	private MatchingBenchmark() {
	}

}
