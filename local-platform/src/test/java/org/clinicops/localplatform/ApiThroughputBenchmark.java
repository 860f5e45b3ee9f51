package org.clinicops.localplatform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.clinicops.testsupport.ApiClient;
import org.clinicops.testsupport.TestStaff;

/**
 * HTTP throughput on the local stack with 8 clients: a staff read with HTTP Basic
 * ({@code GET /api/evaluation-requests/{id}}) and anonymous submissions of the public form. Run
 * twice on fresh stacks, hashing every password ({@code clinic.security.remember-verified-for=0})
 * and then remembering a verified credential as configured, so the cost of bcrypt shows. Figures
 * only, no assertion.
 * <p>
 * Run: {@code ./mvnw -B -ntp -Pbenchmark -DskipTests package -Dbenchmark.class=ApiThroughputBenchmark}
 * ({@code -Dbenchmark.seconds=}, each measurement, 15 by default).
 */
public final class ApiThroughputBenchmark {

	public static void main(String[] args) throws Exception {
		Duration each = Duration.ofSeconds(Integer.getInteger("benchmark.seconds", 15));
		List<String> rows = new ArrayList<>();
		for (String remember : List.of("0s", "5m")) {
			try (TemporaryStack stack = TemporaryStack.start(Map.of("CLINIC_SECURITY_REMEMBER_VERIFIED_FOR", remember))) {
				String intake = stack.baseUrl("intake-service");
				ApiClient anonymous = ApiClient.anonymous(intake);
				ApiClient coordinator = ApiClient.as(TestStaff.COORDINATOR, intake);
				String id = anonymous.post("/api/evaluation-requests", request()).json().get("id").asString();
				String path = "/api/evaluation-requests/" + id;
				measure(() -> coordinator.get(path), Duration.ofSeconds(5));
				double reads = measure(() -> coordinator.get(path), each);
				double submissions = measure(() -> anonymous.post("/api/evaluation-requests", request()), each);
				rows.add(String.format("  verified credential remembered for %-3s %9.0f reads/s %9.0f submissions/s", remember,
						reads, submissions));
			}
		}
		System.out.printf("%nAPI throughput, %d clients, %d s each (%d cores)%n", EightClients.COUNT, each.toSeconds(),
				Runtime.getRuntime().availableProcessors());
		rows.forEach(System.out::println);
	}

	/** Calls as fast as the clients can for the duration; returns the answers per second that were 2xx. */
	static double measure(Supplier<ApiClient.Response> call, Duration duration) throws Exception {
		return EightClients.perSecond(() -> {
			int status = call.get().status();
			return status >= 200 && status < 300;
		}, duration);
	}

	static Map<String, Object> request() {
		return Map.of("firstName", "Bench", "lastName", "Mark", "dateOfBirth", "1990-01-01", "email", "bench@example.org",
				"preferredContact", "EMAIL", "consentToContact", true, "concerns", List.of("SUBSTANCE_USE"), "source",
				"SELF", "selfPay", true);
	}

	private ApiThroughputBenchmark() {
	}

}
