package org.clinicops.intake;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.clinicops.testsupport.ApiClient;
import org.clinicops.testsupport.ClinicIntegrationTest;
import org.clinicops.testsupport.TestClock;
import org.clinicops.testsupport.TestStaff;
import org.clinicops.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Failed logins lock an account and are audited; security headers; an identity provider's tokens. */
@ClinicIntegrationTest
class LoginsAndTokensTest {

	private static final String ANY_STAFF_ENDPOINT = "/api/evaluation-requests?size=1";

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	private String base;

	@BeforeEach
	void base() {
		this.base = "http://localhost:" + this.port;
	}

	@Test
	void fiveFailedLoginsLockTheAccountForFifteenMinutesAndEveryFailureIsAudited() {
		TestStaff member = TestStaff.SCHEDULER;
		ApiClient wrongPassword = ApiClient.as(member.username(), "not-the-password", this.base);
		ApiClient rightPassword = ApiClient.as(member, this.base);
		for (int attempt = 0; attempt < 5; attempt++) {
			assertThat(wrongPassword.get("/api/groups").status()).isEqualTo(401);
		}

		ApiClient.Response locked = rightPassword.get(ANY_STAFF_ENDPOINT);
		assertThat(locked.status()).isEqualTo(401);
		assertThat(locked.isProblem()).isTrue();
		assertThat(locked.json().get("detail").asString()).contains("locked");
		List<JsonNode> trail = await().atMost(Duration.ofSeconds(10))
			.until(() -> ApiClient.as(TestStaff.DIRECTOR, this.base)
				.get("/api/audit?actor=" + member.username())
				.json()
				.valueStream()
				.toList(), entries -> entries.stream().anyMatch(entry -> entry.get("action").asString().equals("LOGIN_REFUSED")));
		assertThat(trail).filteredOn(entry -> entry.get("action").asString().equals("LOGIN_FAILED")).hasSizeGreaterThanOrEqualTo(5);
		assertThat(trail).filteredOn(entry -> entry.get("action").asString().equals("ACCOUNT_LOCKED")).isNotEmpty();

		this.clock.advance(Duration.ofMinutes(15));
		try {
			assertThat(rightPassword.get(ANY_STAFF_ENDPOINT).status()).isEqualTo(403);
		}
		finally {
			this.clock.advance(Duration.ofMinutes(-15));
		}
		assertThat(rightPassword.get(ANY_STAFF_ENDPOINT).status()).as("unlocked for good").isEqualTo(403);
	}

	@Test
	void pagesAndTheApiSendTheSecurityHeadersAndHstsOnlyOverTls() {
		for (String path : List.of("/login", "/request-evaluation", ANY_STAFF_ENDPOINT)) {
			ApiClient.Response response = ApiClient.as(TestStaff.COORDINATOR, this.base).get(path);

			assertThat(response.headers().getFirst("Content-Security-Policy")).contains("default-src 'self'")
				.contains("frame-ancestors 'none'")
				.contains("object-src 'none'");
			assertThat(response.headers().getFirst("X-Frame-Options")).isEqualTo("DENY");
			assertThat(response.headers().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(response.headers().getFirst("Referrer-Policy")).isEqualTo("no-referrer");
			assertThat(response.headers().getFirst("Strict-Transport-Security")).isNull();
		}

		ApiClient.Response overTls = ApiClient.anonymous(this.base).get("/login", Map.of("X-Forwarded-Proto", "https"));
		assertThat(overTls.headers().getFirst("Strict-Transport-Security")).contains("max-age=31536000")
			.contains("includeSubDomains");
	}

	@Test
	void anIdentityProvidersSignedTokenIsALoginWithTheRolesItsClaimCarries() {
		String clinician = TestTokens.signed("dr.okafor", List.of("CLINICIAN"));

		assertThat(ApiClient.bearer(clinician, this.base).get(ANY_STAFF_ENDPOINT).status()).isEqualTo(200);
		assertThat(ApiClient.bearer(TestTokens.signed("sam", List.of("SCHEDULER")), this.base).get(ANY_STAFF_ENDPOINT).status())
			.isEqualTo(403);
		assertThat(ApiClient.bearer(TestTokens.signed("nobody", List.of()), this.base).get(ANY_STAFF_ENDPOINT).status())
			.isEqualTo(403);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> ApiClient.as(TestStaff.DIRECTOR, this.base).get("/api/audit?actor=dr.okafor").json().valueStream().toList(),
					entries -> entries.stream().anyMatch(entry -> entry.get("roles").toString().equals("[\"CLINICIAN\"]")));
	}

	@Test
	void aTokenThatExpiredOrThatNoTrustedProviderSignedIsRefusedWithAProblemDetail() {
		for (String token : List.of(TestTokens.expired("dr.okafor", List.of("CLINICIAN")),
				TestTokens.signedByAStranger("dr.okafor", List.of("CLINICIAN")), "not-a-token")) {
			ApiClient.Response refused = ApiClient.bearer(token, this.base).get(ANY_STAFF_ENDPOINT);

			assertThat(refused.status()).isEqualTo(401);
			assertThat(refused.isProblem()).isTrue();
		}
	}

}
