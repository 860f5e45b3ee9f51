package org.clinicops.intake;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.clinicops.contracts.AttendanceMode;
import org.clinicops.contracts.AttendanceRecorded;
import org.clinicops.contracts.AttendanceStatus;
import org.clinicops.contracts.ClinicalSessionKind;
import org.clinicops.contracts.EventTypes;
import org.clinicops.intake.coverage.CoverageService;
import org.clinicops.testsupport.Browser;
import org.clinicops.testsupport.ClinicIntegrationTest;
import org.clinicops.testsupport.EventPublisher;
import org.clinicops.testsupport.TestClock;
import org.clinicops.testsupport.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Coverage in Chromium: a coordinator records a verification (first with a mistake, shown at its
 * field) and an authorization on the review page; attendance recorded in scheduling uses a unit,
 * and the utilization-review page lists the authorization.
 */
@ClinicIntegrationTest
class CoverageBrowserTest {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	CoverageService coverage;

	private String base;

	@BeforeEach
	void baseUrl() {
		this.base = "http://localhost:" + this.port;
	}

	@Test
	void aCoordinatorRecordsBenefitsAndAnAuthorizationAndSeesAttendanceUseAUnit() {
		String id = IntakeFixtures.submitAndAccept(this.base, IntakeFixtures.validRequest());
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneId.of("America/New_York"));
		browser.logIn(this.base, TestStaff.COORDINATOR).open(this.base + "/intake/requests/" + id);
		assertThat(browser.text("benefits-unverified")).isEqualTo("Not verified yet.");

		browser.click("iopCovered-yes").click("authorizationRequired-yes").type("copayPerDay", "twenty")
			.type("deductibleRemaining", "500").submit("save-benefits");

		assertThat(browser.text("coverageActive-error")).isEqualTo("must not be null");
		assertThat(browser.text("copayPerDay-error")).isEqualTo("must be an amount such as 25.00");
		assertThat(browser.has("benefits")).isFalse();
		assertThat(this.coverage.of(id).verifications()).isEmpty();

		browser.click("coverageActive-yes").type("copayPerDay", "20.00").submit("save-benefits");

		assertThat(browser.text("benefits-coverage")).isEqualTo("ACTIVE");
		assertThat(browser.text("benefits-verified-by")).startsWith("coordinator, ");
		browser.type("number", "AUTH-77").type("units", "3").date("from", today.minusDays(7)).date("to", today.plusDays(20))
			.date("nextReviewDate", today.plusDays(10)).submit("save-authorization");
		assertThat(browser.texts(By.cssSelector("#authorizations .units-left"))).containsExactly("3");

		try (EventPublisher scheduling = new EventPublisher()) {
			LocalDate yesterday = today.minusDays(1);
			scheduling.publish(EventTypes.ATTENDANCE_RECORDED, new AttendanceRecorded(id, "en-" + id, "G-b-" + yesterday,
					ClinicalSessionKind.GROUP, LocalDateTime.of(yesterday, LocalTime.of(18, 0)), 180,
					AttendanceStatus.PRESENT, 180, AttendanceMode.IN_PERSON, null, false, Instant.now()));
		}

		await().atMost(Duration.ofSeconds(15))
			.until(() -> browser.open(this.base + "/intake/requests/" + id)
				.texts(By.cssSelector("#authorizations .units-left")), left -> left.equals(List.of("2")));
		assertThat(browser.texts(By.cssSelector("#authorizations .units-used"))).containsExactly("1");
		assertThat(browser.texts(By.cssSelector("#authorizations .service-days"))).containsExactly(today.minusDays(1).toString());
		browser.open(this.base + "/intake/requests/" + id + "#authorizations").picture("coverage");

		browser.open(this.base + "/intake/utilization-review").picture("utilization-review");
		assertThat(browser.texts(By.cssSelector("#review tr[data-evaluation='" + id + "'] td:first-child")))
			.containsExactly("2 units or fewer left: ask for more");
	}

}
