package org.clinicops.scheduling.census;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.clinicops.contracts.AlertAcknowledged;
import org.clinicops.contracts.AlertPriority;
import org.clinicops.contracts.AlertRaised;
import org.clinicops.contracts.Cohort;
import org.clinicops.contracts.EvaluationAccepted;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.Focus;
import org.clinicops.contracts.StaffRole;
import org.clinicops.scheduling.SchedulingFixtures;
import org.clinicops.testsupport.ApiClient;
import org.clinicops.testsupport.Browser;
import org.clinicops.testsupport.ClinicIntegrationTest;
import org.clinicops.testsupport.EventPublisher;
import org.clinicops.testsupport.TestStaff;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The census, kept from events: through the API, and live on the director's page in Chromium. */
@ClinicIntegrationTest
class CensusTest {

	private static final Duration WAIT = Duration.ofSeconds(15);

	@RegisterExtension
	static final Browser browser = new Browser();

	private static EventPublisher publisher;

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	private String base;

	private ApiClient director;

	@BeforeAll
	static void kafka() {
		publisher = new EventPublisher();
	}

	@AfterAll
	static void closeKafka() {
		publisher.close();
	}

	@BeforeEach
	void emptyProgram() {
		SchedulingFixtures.emptyProgram(this.mongo);
		this.mongo.remove(new Query(), OpenUrgentAlert.class);
		this.base = "http://localhost:" + this.port;
		this.director = ApiClient.as(TestStaff.DIRECTOR, this.base);
	}

	@Test
	void theCensusCountsPeopleInCareGroupLoadsTheWaitlistAndOpenUrgentAlertsFromEvents() {
		String groupId = SchedulingFixtures.createGroup(this.director, "Census evening", Focus.SUBSTANCE_USE,
				Cohort.GENERAL, "EVENING", 4);
		publisher.publish(EventTypes.EVALUATION_ACCEPTED, SchedulingFixtures.accepted(Focus.SUBSTANCE_USE, Cohort.GENERAL));
		EvaluationAccepted waiting = SchedulingFixtures.accepted(Focus.EATING_DISORDER, Cohort.GENERAL);
		publisher.publish(EventTypes.EVALUATION_ACCEPTED, waiting);
		AlertRaised urgent = urgentAlert();
		publisher.publish(EventTypes.ALERT_RAISED, urgent);

		JsonNode census = await().atMost(WAIT)
			.until(() -> this.director.get("/api/census").json(),
					now -> now.get("waitlist").size() == 1 && now.get("openUrgentAlerts").size() == 1
							&& now.get("activeEnrollments").asInt() == 1);
		assertThat(census.at("/activeByTrackAndFocus/0/track").asString()).isEqualTo("EVENING");
		assertThat(census.at("/activeByTrackAndFocus/0/focus").asString()).isEqualTo("SUBSTANCE_USE");
		assertThat(census.at("/activeByTrackAndFocus/0/active").asInt()).isEqualTo(1);
		assertThat(census.at("/groups/0/id").asString()).isEqualTo(groupId);
		assertThat(census.at("/groups/0/taken").asInt()).isEqualTo(1);
		assertThat(census.at("/waitlist/0/evaluationId").asString()).isEqualTo(waiting.evaluationId());
		assertThat(census.at("/waitlist/0/admitBy").asString()).isNotBlank();
		assertThat(census.at("/openUrgentAlerts/0/alertId").asString()).isEqualTo(urgent.alertId());

		publisher.publish(EventTypes.ALERT_ACKNOWLEDGED,
				new AlertAcknowledged(urgent.alertId(), urgent.evaluationId(), "clinician", Instant.now()));
		await().atMost(WAIT).until(() -> this.director.get("/api/census").json().get("openUrgentAlerts").isEmpty());
	}

	@Test
	void aPersonDischargedLeavesTheCensusAndTheirSeatWithThem() {
		SchedulingFixtures.createGroup(this.director, "Census evening", Focus.SUBSTANCE_USE, Cohort.GENERAL, "EVENING", 4);
		EvaluationAccepted staying = SchedulingFixtures.accepted(Focus.SUBSTANCE_USE, Cohort.GENERAL);
		EvaluationAccepted leaving = SchedulingFixtures.accepted(Focus.SUBSTANCE_USE, Cohort.GENERAL);
		publisher.publish(EventTypes.EVALUATION_ACCEPTED, staying);
		publisher.publish(EventTypes.EVALUATION_ACCEPTED, leaving);
		await().atMost(WAIT).until(() -> this.director.get("/api/census").json().get("activeEnrollments").asInt() == 2);

		String enrollmentId = this.director.get("/api/enrollments?evaluationId=" + leaving.evaluationId())
			.json()
			.at("/0/id")
			.asString();
		assertThat(this.director.post("/api/enrollments/" + enrollmentId + "/discharge", Map.of("reason", "COMPLETED"))
			.status()).isEqualTo(200);

		JsonNode census = this.director.get("/api/census").json();
		assertThat(census.get("activeEnrollments").asInt()).isEqualTo(1);
		assertThat(census.at("/activeByTrackAndFocus/0/active").asInt()).isEqualTo(1);
		assertThat(census.at("/groups/0/taken").asInt()).isEqualTo(1);
	}

	@Test
	void theDirectorsCensusPageChangesAsEventsHappenWithoutAReload() {
		SchedulingFixtures.createGroup(this.director, "Census live", Focus.MENTAL_HEALTH, Cohort.GENERAL, "EVENING", 4);
		browser.open("about:blank").logIn(this.base, TestStaff.DIRECTOR).open(this.base + "/scheduling/census");
		browser.awaitText(By.id("live-status"), "Live");
		assertThat(browser.text("active-total")).isEqualTo("0");
		String pageUrl = browser.currentUrl();

		publisher.publish(EventTypes.EVALUATION_ACCEPTED, SchedulingFixtures.accepted(Focus.MENTAL_HEALTH, Cohort.GENERAL));
		browser.awaitText(By.id("active-total"), "1");
		publisher.publish(EventTypes.ALERT_RAISED, urgentAlert());
		browser.awaitText(By.cssSelector("#urgent tbody"), "RISK_FLAG_RAISED");

		assertThat(browser.texts(By.cssSelector("#groups tbody td"))).contains("Census live", "1 / 4", "25 %");
		browser.picture("census");
		assertThat(browser.currentUrl()).isEqualTo(pageUrl);
	}

	private static AlertRaised urgentAlert() {
		String evaluationId = UUID.randomUUID().toString();
		return new AlertRaised(UUID.randomUUID().toString(), evaluationId, "RISK_FLAG_RAISED", AlertPriority.URGENT,
				StaffRole.CLINICIAN, null, "/intake/requests/" + evaluationId, Instant.now());
	}

}
