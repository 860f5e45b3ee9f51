package org.clinicops.localplatform;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
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
 * The placement-with-booking benchmark: the local stack with 200 therapists (working the tracks'
 * hours) and seats for everyone; acceptances are put on {@code intake.evaluations} at once, and a
 * placement is settled with its 12 weekly individual sessions (each booked, or flagged as finding no
 * time). It reports the time per placement for each thousand placements' worth of sessions (12,000),
 * so the first and the last can be compared: the cost must not grow with the appointments already
 * booked. Figures only, no assertion.
 * <p>
 * Run: {@code ./mvnw -B -ntp -Pbenchmark -DskipTests package -Dbenchmark.class=PlacementBenchmark}
 * ({@code -Dbenchmark.acceptances=}, 10,000 by default; {@code -Dbenchmark.minutes=}, how long to wait, 180 by default).
 */
public final class PlacementBenchmark {

	private static final Focus[] FOCUSES = Focus.values();

	private static final int THERAPISTS = 200;

	private static final int WEEKLY_SESSIONS = 12;

	public static void main(String[] args) throws Exception {
		int acceptances = Integer.getInteger("benchmark.acceptances", 10_000);
		try (TemporaryStack stack = TemporaryStack.start()) {
			ApiClient director = ApiClient.as(TestStaff.DIRECTOR, stack.baseUrl("scheduling-service"));
			createProgram(director, acceptances);
			report(acceptances, run(stack.kafkaBootstrapServers(), acceptances));
		}
	}

	/** Seats for everyone (groups of 30 of each focus and track) and 200 therapists with room for all. */
	private static void createProgram(ApiClient director, int acceptances) {
		int groups = Math.max(6, (acceptances / 30 + 1) * 6 / 5);
		for (int i = 0; i < groups; i++) {
			boolean evening = (i / FOCUSES.length) % 2 == 0;
			String start = evening ? "18:00" : "09:00";
			require(director.post("/api/groups", Map.of("name", "Group " + i, "focus", FOCUSES[i % FOCUSES.length].name(),
					"cohort", Cohort.GENERAL.name(), "track", evening ? "EVENING" : "MORNING", "capacity", 30,
					"facilitator", "Facilitator " + (i % 40), "meetings",
					List.of(Map.of("day", "MONDAY", "start", start, "minutes", 180),
							Map.of("day", "WEDNESDAY", "start", start, "minutes", 180),
							Map.of("day", "FRIDAY", "start", start, "minutes", 180)))), 201);
		}
		int caseload = Math.min(60, Math.max(1, acceptances * 2 / THERAPISTS));
		for (int i = 0; i < THERAPISTS; i++) {
			require(director.post("/api/therapists", Map.of("name", "Therapist " + i, "caseloadCapacity", caseload,
					"specialties", List.of(FOCUSES[i % FOCUSES.length].name()))), 201);
		}
	}

	/** Publishes all acceptances; returns when each thousandth placement had its sessions booked. */
	private static List<Duration> run(String bootstrapServers, int acceptances) {
		try (KafkaConsumer<String, String> booked = BenchmarkKafka.readingFromNow(bootstrapServers,
				Topics.SCHEDULING_ENROLLMENTS);
				KafkaProducer<String, String> producer = BenchmarkKafka.producer(bootstrapServers)) {
			LocalDate monday = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
			Instant start = Instant.now();
			for (int i = 0; i < acceptances; i++) {
				EvaluationAccepted accepted = new EvaluationAccepted(UUID.randomUUID().toString(), "B.P.",
						FOCUSES[i % FOCUSES.length], Cohort.GENERAL, (i / FOCUSES.length) % 2 == 0, false, false, false,
						false, false, monday, Instant.now());
				BenchmarkKafka.publish(producer, accepted);
			}
			producer.flush();
			List<Duration> thousands = new ArrayList<>();
			long expected = (long) acceptances * WEEKLY_SESSIONS;
			long settled = 0;
			long unplaceable = 0;
			int minutes = Integer.getInteger("benchmark.minutes", 180);
			Instant deadline = Instant.now().plus(Duration.ofMinutes(minutes));
			while (settled < expected && Instant.now().isBefore(deadline)) {
				for (ConsumerRecord<String, String> record : booked.poll(Duration.ofMillis(200))) {
					String type = KafkaCloudEvents.from(record.headers()).type();
					// A session found no time for settles its placement as much as a booked one.
					if (type.equals(EventTypes.APPOINTMENT_BOOKED.name()) || type.equals(EventTypes.APPOINTMENT_UNPLACEABLE.name())) {
						settled++;
						unplaceable += type.equals(EventTypes.APPOINTMENT_UNPLACEABLE.name()) ? 1 : 0;
						if (settled % (1000L * WEEKLY_SESSIONS) == 0 || settled == expected) {
							thousands.add(Duration.between(start, Instant.now()));
							// Printed as it goes, so that a run stopped early still tells how it went.
							System.out.printf("  %d sessions settled (%d found no time) after %d s%n", settled, unplaceable,
									thousands.get(thousands.size() - 1).toSeconds());
						}
					}
				}
			}
			if (settled < expected) {
				System.out.printf("only %d of %d sessions settled in %d min%n", settled, expected, minutes);
			}
			return thousands;
		}
	}

	private static void report(int acceptances, List<Duration> thousands) {
		System.out.printf("%nPlacement benchmark: %d acceptances, %d therapists, %d weekly sessions each%n", acceptances,
				THERAPISTS, WEEKLY_SESSIONS);
		Duration previous = Duration.ZERO;
		for (int i = 0; i < thousands.size(); i++) {
			Duration slice = thousands.get(i).minus(previous);
			System.out.printf("  placements %5d-%5d: %6d ms, %.2f ms per placement with booking%n", i * 1000 + 1,
					Math.min((i + 1) * 1000, acceptances), slice.toMillis(), slice.toMillis() / 1000.0);
			previous = thousands.get(i);
		}
	}

	private static void require(ApiClient.Response response, int status) {
		if (response.status() != status) {
			throw new IllegalStateException("expected " + status + " but got " + response.status() + ": " + response.text());
		}
	}

	private PlacementBenchmark() {
	}

}
