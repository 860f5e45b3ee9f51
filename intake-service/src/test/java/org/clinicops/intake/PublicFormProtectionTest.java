package org.clinicops.intake;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.IntStream;

import org.clinicops.intake.request.EvaluationRequests;
import org.clinicops.testsupport.ApiClient;
import org.clinicops.testsupport.ClinicIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The public form is open to anyone: it limits each client's rate and every body's size. */
@ClinicIntegrationTest
class PublicFormProtectionTest {

	@LocalServerPort
	int port;

	@Autowired
	EvaluationRequests requests;

	private ApiClient anonymous;

	@BeforeEach
	void client() {
		this.anonymous = ApiClient.anonymous("http://localhost:" + this.port);
	}

	@Test
	void aClientOverTheLimitGets429WithAProblemDetailAndNothingIsStored() {
		Map<String, String> flooder = Map.of(ApiClient.FORWARDED_FOR, "203.0.113.7");
		long before = this.requests.count();

		var answers = IntStream.range(0, 12)
			.mapToObj(i -> this.anonymous.post("/api/evaluation-requests", IntakeFixtures.validRequest(), flooder))
			.toList();
		ApiClient.Response someoneElse = this.anonymous.post("/api/evaluation-requests",
				IntakeFixtures.validRequest(), Map.of(ApiClient.FORWARDED_FOR, "203.0.113.8"));

		assertThat(answers).extracting(ApiClient.Response::status).containsExactly(201, 201, 201, 201, 201, 201, 201,
				201, 201, 201, 429, 429);
		ApiClient.Response refused = answers.get(10);
		assertThat(refused.isProblem()).isTrue();
		assertThat(refused.json().get("detail").asString()).contains("Too many evaluation requests");
		assertThat(Long.parseLong(refused.headers().getFirst("Retry-After"))).isBetween(1L, 60L);
		assertThat(someoneElse.status()).isEqualTo(201);
		assertThat(this.requests.count()).isEqualTo(before + 11);
	}

	@Test
	void aBodyDeclaredLargerThanTheLimitIsRefusedUnreadWith413() {
		var request = IntakeFixtures.validRequest();
		request.put("message", "x".repeat(70_000));
		long before = this.requests.count();

		ApiClient.Response refused = this.anonymous.post("/api/evaluation-requests", request);

		assertThat(refused.status()).isEqualTo(413);
		assertThat(refused.isProblem()).isTrue();
		assertThat(refused.json().get("detail").asString()).contains("larger than 65536 bytes");
		assertThat(this.requests.count()).isEqualTo(before);
	}

	@Test
	void aChunkedBodyIsCutOffWhereItPassesTheLimit() throws Exception {
		var request = IntakeFixtures.validRequest();
		request.put("message", "x".repeat(70_000));
		byte[] body = JsonMapper.builder().build().writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
		long before = this.requests.count();

		HttpResponse<String> refused = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/evaluation-requests"))
				.header("Content-Type", "application/json")
				.header(ApiClient.FORWARDED_FOR, "203.0.113.9")
				.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(refused.body()).contains("larger than 65536 bytes");
		assertThat(this.requests.count()).isEqualTo(before);
	}

}
