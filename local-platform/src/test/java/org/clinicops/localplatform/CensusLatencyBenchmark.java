package org.clinicops.localplatform;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;

import org.clinicops.contracts.Cohort;
import org.clinicops.contracts.EvaluationAccepted;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.Focus;
import org.clinicops.testsupport.EventPublisher;

/**
 * Measures how soon the program director's live census shows a change: from an acceptance put on
 * Kafka to the census listing the person, through scheduling's enrollment (a waitlisting: there
 * are no groups), its outbox and the enrollments topic. Prints the median and spread; asserts
 * nothing. Run with {@code ./mvnw -Pbenchmark -DskipTests package -Dbenchmark.class=CensusLatencyBenchmark}.
 */
public final class CensusLatencyBenchmark {

	public static void main(String[] args) throws Exception {
		int samples = Integer.getInteger("benchmark.samples", 100);
		try (TemporaryStack stack = TemporaryStack.start();
				EventPublisher publisher = new EventPublisher(stack.kafkaBootstrapServers())) {
			BlockingQueue<String> lines = new LinkedBlockingQueue<>();
			CompletableFuture<?> stream = AlertLatencyBenchmark.listen(stack.baseUrl("scheduling-service")
					+ "/api/census/stream", lines);
			List<Duration> latencies = new ArrayList<>();
			for (int i = 0; i < samples + 5; i++) {
				EvaluationAccepted accepted = new EvaluationAccepted(UUID.randomUUID().toString(), "C.L.",
						Focus.EATING_DISORDER, Cohort.GENERAL, true, false, false, false, false,
						LocalDate.of(2026, 12, 7), Instant.now());
				long sent = System.nanoTime();
				publisher.publish(EventTypes.EVALUATION_ACCEPTED, accepted);
				AlertLatencyBenchmark.awaitAlertFor(accepted.evaluationId(), lines);
				// The first few warm the path up and are not counted.
				if (i >= 5) {
					latencies.add(Duration.ofNanos(System.nanoTime() - sent));
				}
			}
			stream.cancel(true);
			AlertLatencyBenchmark.report("Acceptance on Kafka to the person on the live census", latencies);
		}
	}

	private CensusLatencyBenchmark() {
	}

}
