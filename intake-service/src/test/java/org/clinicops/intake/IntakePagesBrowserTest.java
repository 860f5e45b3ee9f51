package org.clinicops.intake;

import java.time.Duration;

import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.Topics;
import org.clinicops.intake.request.ConsentText;
import org.clinicops.intake.request.EvaluationRequest;
import org.clinicops.intake.request.EvaluationRequests;
import org.clinicops.testsupport.ApiClient;
import org.clinicops.testsupport.Browser;
import org.clinicops.testsupport.ClinicIntegrationTest;
import org.clinicops.testsupport.TestStaff;
import org.clinicops.testsupport.TopicRecorder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The intake pages in a real headless Chromium: the public form, the queue, screening and decision. */
@ClinicIntegrationTest
class IntakePagesBrowserTest {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	EvaluationRequests requests;

	private String base;

	@BeforeEach
	void baseUrl() {
		this.base = "http://localhost:" + this.port;
	}

	@Test
	void aPersonOnAPhoneSubmitsTheFormTheCoordinatorSeesItAndTheClinicianScreensAndAccepts() {
		String lastName = "Okafor" + System.nanoTime();
		browser.asPhone().open(this.base + "/request-evaluation");
		assertThat(browser.fitsWidth()).as("the public form fits a phone's width").isTrue();
		browser.type("firstName", "Amara")
			.type("lastName", lastName)
			.type("dateOfBirth", "1991-05-14")
			.type("email", "amara@example.org")
			.choose("preferredContact", "EMAIL")
			.click("concern-MENTAL_HEALTH")
			.choose("source", "SELF")
			.click("payment-self")
			.click("consentToContact")
			.picture("public-form-phone")
			.submit("submit-request");

		assertThat(browser.text("received")).contains("your request is received");
		EvaluationRequest stored = this.requests.findAll()
			.stream()
			.filter(request -> request.lastName().equals(lastName))
			.findFirst()
			.orElseThrow();

		browser.asDesktop().open("about:blank").logIn(this.base, TestStaff.COORDINATOR);
		assertThat(browser.text("logged-in-as")).isEqualTo("coordinator (INTAKE_COORDINATOR)");
		browser.open(this.base + "/intake/queue").choose("status", "RECEIVED").choose("concern", "MENTAL_HEALTH").submit("filter")
			.picture("intake-queue");
		assertThat(browser.texts(By.cssSelector("#queue tbody tr td:nth-child(2)")).get(0))
			.isEqualTo("Amara " + lastName);

		try (TopicRecorder evaluations = TopicRecorder.of(Topics.INTAKE_EVALUATIONS)) {
			browser.logIn(this.base, TestStaff.CLINICIAN).open(this.base + "/intake/requests/" + stored.id());
			for (String question : new String[] { "dangerToSelfOrOthers", "needsDetox", "needs24HourSupervision",
					"steppingDownFromInpatient", "adolescent", "needsMedicationManagement", "needsPsychiatricCare",
					"pregnant", "injectionDrugUse" }) {
				browser.click(question + "-no");
			}
			browser.click("substanceFreeHome-yes")
				.click("supportSystemAtHome-yes")
				.click("continuingWorkOrSchool-yes")
				.choose("coOccurringSeverity", "MILD")
				.choose("primaryFocus", "MENTAL_HEALTH")
				.choose("cohort", "GENERAL")
				.submit("save-screening");

			assertThat(browser.text("status")).isEqualTo("SCREENED");
			assertThat(browser.text("recommended-level")).isEqualTo("INTENSIVE_OUTPATIENT");
			assertThat(browser.texts(By.cssSelector("#reasons li"))).isNotEmpty()
				.allSatisfy(reason -> assertThat(reason).endsWith("."));
			browser.picture("review-page");

			browser.choose("outcome", "ACCEPTED").submit("save-decision");

			assertThat(browser.text("status")).isEqualTo("ACCEPTED");
			assertThat(browser.text("decision-outcome")).isEqualTo("ACCEPTED");
			assertThat(browser.texts(By.cssSelector("#history tbody tr td:nth-child(2)"))).containsSubsequence("clinician",
					"clinician");
			await().atMost(Duration.ofSeconds(10))
				.until(() -> evaluations.events(EventTypes.EVALUATION_ACCEPTED.name(), stored.id()).size() == 1);
		}
	}

	@Test
	void aFieldErrorAppearsNextToItsFieldAndNothingIsStored() {
		long before = this.requests.count();
		browser.open(this.base + "/request-evaluation")
			.type("firstName", "Amara")
			.type("dateOfBirth", "14/05/1991")
			.type("email", "not-an-address")
			.choose("preferredContact", "EMAIL")
			.click("concern-SUBSTANCE_USE")
			.choose("source", "FAMILY")
			.click("payment-self")
			.submit("submit-request");

		assertThat(browser.has("form-errors")).isTrue();
		assertThat(browser.text("lastName-error")).isEqualTo("must not be blank");
		assertThat(browser.text("dateOfBirth-error")).isEqualTo("must be a date (YYYY-MM-DD)");
		assertThat(browser.text("email-error")).isEqualTo("must be a well-formed email address");
		assertThat(browser.text("consentToContact-error")).startsWith("must be true");
		assertThat(browser.has("firstName-error")).isFalse();
		assertThat(this.requests.count()).isEqualTo(before);
	}

	@Test
	void aClinicianDecidingAgainstTheRecommendationWithoutAReasonSeesItAtTheReasonField() {
		String id = IntakeFixtures.submitAndScreen(this.base, "substanceFreeHome", false);

		browser.logIn(this.base, TestStaff.CLINICIAN).open(this.base + "/intake/requests/" + id);
		assertThat(browser.text("recommended-level")).isEqualTo("RESIDENTIAL");
		browser.choose("outcome", "ACCEPTED").choose("levelOfCare", "INTENSIVE_OUTPATIENT").submit("save-decision");

		assertThat(browser.text("reason-error")).contains("against the recommendation (RESIDENTIAL)");
		assertThat(browser.text("status")).isEqualTo("SCREENED");
		assertThat(this.requests.findById(id).orElseThrow().decision()).isNull();
	}

	@Test
	void anUnansweredScreeningQuestionIsShownAtItsQuestion() {
		String received = ApiClient.anonymous(this.base)
			.post("/api/evaluation-requests", IntakeFixtures.validRequest())
			.json()
			.get("id")
			.asString();

		browser.logIn(this.base, TestStaff.CLINICIAN).open(this.base + "/intake/requests/" + received);
		browser.click("needsDetox-no").choose("coOccurringSeverity", "NONE").submit("save-screening");

		assertThat(browser.text("dangerToSelfOrOthers-error")).isEqualTo("must not be null");
		assertThat(browser.has("needsDetox-error")).isFalse();
		assertThat(this.requests.findById(received).orElseThrow().screenings()).isEmpty();
	}

	@Test
	void aCoordinatorRecordsAConsentWithdrawalAndThePageShowsItWithTheConsentTextVersion() {
		String id = IntakeFixtures.submitAndScreen(this.base, "substanceFreeHome", true);

		browser.logIn(this.base, TestStaff.COORDINATOR).open(this.base + "/intake/requests/" + id);
		assertThat(browser.text("consent")).contains("(text " + ConsentText.VERSION + ")").doesNotContain("withdrawn");
		browser.submit("withdraw-consent");

		assertThat(browser.text("consent")).contains("withdrawn");
		assertThat(browser.has("withdraw-consent")).isFalse();
		assertThat(browser.texts(By.cssSelector("#history td"))).anyMatch(cell -> cell.contains("withdrew consent"));
		assertThat(this.requests.findById(id).orElseThrow().consentWithdrawal().recordedBy()).isEqualTo("coordinator");
	}

	@Test
	void staffPagesNeedALoginAndTheRightRole() {
		browser.open(this.base + "/login").forgetLogin().open(this.base + "/intake/queue");
		assertThat(browser.currentUrl()).isEqualTo(this.base + "/login");

		browser.logIn(this.base, TestStaff.SCHEDULER).open(this.base + "/intake/queue");

		assertThat(browser.has("queue")).isFalse();
		assertThat(browser.texts(By.tagName("h1"))).containsExactly("You may not see this page");
	}

}
