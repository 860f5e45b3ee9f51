package org.clinicops.localplatform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.RiskFlagRaised;
import org.clinicops.testsupport.EventPublisher;
import org.clinicops.testsupport.TestStaff;

/**
 * How long an event on Kafka takes to reach a staff member's live alert stream on the local
 * stack: a risk flag is put on {@code intake.evaluations} and the clock stops when its alert
 * arrives on the director's {@code GET /api/alerts/stream}; one at a time, 100 times; it prints
 * the median and the spread and asserts nothing.
 * <p>
 * Run: {@code ./mvnw -B -ntp -Pbenchmark -DskipTests package -Dbenchmark.class=AlertLatencyBenchmark}.
 */
public final class AlertLatencyBenchmark {

	public static void main(String[] args) throws Exception {
		int samples = Integer.getInteger("benchmark.samples", 100);
		try (TemporaryStack stack = TemporaryStack.start();
				EventPublisher publisher = new EventPublisher(stack.kafkaBootstrapServers())) {
			BlockingQueue<String> lines = new LinkedBlockingQueue<>();
			CompletableFuture<?> stream = listen(stack.baseUrl("notification-service") + "/api/alerts/stream", lines);
			List<Duration> latencies = new ArrayList<>();
			for (int i = 0; i < samples + 5; i++) {
				RiskFlagRaised flag = new RiskFlagRaised(UUID.randomUUID().toString(), "Z" + (i % 10) + ".", Instant.now());
				long sent = System.nanoTime();
				publisher.publish(EventTypes.RISK_FLAG_RAISED, flag);
				awaitAlertFor(flag.evaluationId(), lines);
				// The first few warm the path up and are not counted.
				if (i >= 5) {
					latencies.add(Duration.ofNanos(System.nanoTime() - sent));
				}
			}
			stream.cancel(true);
			report("Event on Kafka to alert on the live stream", latencies);
		}
	}

	/** Opens a live stream as the program director; its lines arrive in the queue. */
	static CompletableFuture<?> listen(String streamUrl, BlockingQueue<String> lines) throws Exception {
		String credentials = Base64.getEncoder()
			.encodeToString((TestStaff.DIRECTOR.username() + ":" + TestStaff.PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create(streamUrl))
			.header("Authorization", "Basic " + credentials)
			.header("Accept", "text/event-stream")
			.build();
		CompletableFuture<?> stream = HttpClient.newHttpClient()
			.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
			.thenAccept(response -> response.body().forEach(lines::add));
		String first = lines.poll(30, TimeUnit.SECONDS);
		if (!":connected".equals(first)) {
			throw new IllegalStateException("the stream " + streamUrl + " did not open: " + first);
		}
		return stream;
	}

	/** Waits for a data line naming the id (the risk flag's alert for the director, a census listing a person). */
	static void awaitAlertFor(String evaluationId, BlockingQueue<String> lines) throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(30);
		while (Instant.now().isBefore(deadline)) {
			String line = lines.poll(1, TimeUnit.SECONDS);
			if (line != null && line.startsWith("data:") && line.contains(evaluationId)) {
				return;
			}
		}
		throw new IllegalStateException("nothing about " + evaluationId + " on the stream within 30 s");
	}

	static void report(String what, List<Duration> latencies) {
		List<Long> millis = new ArrayList<>(latencies.stream().map(Duration::toMillis).toList());
		Collections.sort(millis);
		System.out.printf("%n%s, local stack, %d samples:%n", what, millis.size());
		System.out.printf("  median %d ms, p90 %d ms, min %d ms, max %d ms%n", millis.get(millis.size() / 2),
				millis.get((int) (millis.size() * 0.9)), millis.get(0), millis.get(millis.size() - 1));
	}

	private AlertLatencyBenchmark() {
	}

}
