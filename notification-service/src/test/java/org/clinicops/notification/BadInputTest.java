package org.clinicops.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.clinicops.contracts.Topics;
import org.clinicops.testsupport.ApiClient;
import org.clinicops.testsupport.BadRequests;
import org.clinicops.testsupport.ClinicIntegrationTest;
import org.clinicops.testsupport.StoredState;
import org.clinicops.testsupport.TestStaff;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every notification endpoint against bad input: each case answers 4xx with a problem detail and
 * the alerts and events the service holds are the same before and after.
 */
@ClinicIntegrationTest
class BadInputTest {

	private static final List<String> TOPICS = List.of(Topics.NOTIFICATION_ALERTS);

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@TestFactory
	Stream<DynamicTest> everyEndpointRefusesBadInputAndChangesNothing() {
		String base = "http://localhost:" + this.port;
		ApiClient director = ApiClient.as(TestStaff.DIRECTOR, base);
		ApiClient ops = ApiClient.as(TestStaff.OPS, base);
		List<DynamicTest> cases = new ArrayList<>();
		Map<String, Long> before = StoredState.settled(this.mongo, TOPICS);
		for (String filter : List.of("status", "role", "priority")) {
			BadRequests.badListQueries(filter).forEach((label, query) -> cases
				.add(BadRequests.refused("GET /api/alerts with " + label, () -> director.get("/api/alerts" + query))));
		}
		for (Map.Entry<String, String> part : BadRequests.suspiciousUrlParts().entrySet()) {
			cases.add(BadRequests.refused("POST acknowledge with " + part.getKey(),
					() -> director.post("/api/alerts" + part.getValue() + "/acknowledge", null)));
			cases.add(BadRequests.refused("POST replay with " + part.getKey(),
					() -> ops.post("/api/ops/dead-letters" + part.getValue() + "/0/0/replay", null)));
		}
		cases.add(BadRequests.refused("POST acknowledge of no alert", () -> director.post("/api/alerts/no-such-alert/acknowledge", null)));
		cases.add(BadRequests.refused("POST replay at a negative offset",
				() -> ops.post("/api/ops/dead-letters/notification.alerts-dlt/0/abc/replay", null)));
		for (String query : List.of("?status=%24ne", "?status%5B%24ne%5D=OPEN", "?priority=LOUD", "?role=JANITOR",
				"?status.x=1")) {
			cases.add(BadRequests.refused("GET alerts " + query, () -> director.get("/api/alerts" + query)));
		}
		cases.add(DynamicTest.dynamicTest("nothing was stored or published",
				() -> assertThat(StoredState.settled(this.mongo, TOPICS)).isEqualTo(before)));
		return cases.stream();
	}

}
