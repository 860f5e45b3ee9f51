package org.clinicops.scheduling;

import java.time.Instant;

import org.clinicops.contracts.Cohort;
import org.clinicops.contracts.EvaluationAccepted;
import org.clinicops.contracts.Focus;
import org.clinicops.scheduling.enrollment.Enrollment;
import org.clinicops.scheduling.enrollment.EnrollmentService;
import org.clinicops.scheduling.enrollment.Enrollments;
import org.clinicops.scheduling.groups.Groups;
import org.clinicops.testsupport.Browser;
import org.clinicops.testsupport.ClinicIntegrationTest;
import org.clinicops.testsupport.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The scheduling pages in a real headless Chromium: groups, rosters, the waitlist and discharge. */
@ClinicIntegrationTest
class SchedulingPagesBrowserTest {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	EnrollmentService enrollmentService;

	@Autowired
	Enrollments enrollments;

	@Autowired
	Groups groups;

	private String base;

	@BeforeEach
	void emptyProgram() {
		SchedulingFixtures.emptyProgram(this.mongo);
		this.base = "http://localhost:" + this.port;
	}

	private Enrollment accept(String initials) {
		EvaluationAccepted accepted = SchedulingFixtures.accepted(Focus.SUBSTANCE_USE, Cohort.GENERAL, false, false,
				Instant.now());
		return this.enrollmentService.enroll(new EvaluationAccepted(accepted.evaluationId(), initials,
				accepted.primaryFocus(), accepted.cohort(), accepted.continuingWorkOrSchool(), accepted.adolescent(),
				accepted.pregnant(), accepted.injectionDrugUse(), accepted.needsMedicationManagement(),
				accepted.startDate(), accepted.acceptedAt()), "browser-test");
	}

	private void fillNewGroup(String name, String start) {
		browser.open(this.base + "/scheduling/groups")
			.type("name", name)
			.choose("focus", "SUBSTANCE_USE")
			.choose("cohort", "GENERAL")
			.choose("track", "EVENING")
			.type("capacity", "1")
			.type("facilitator", "Maya Chen");
		String[] days = { "MONDAY", "WEDNESDAY", "FRIDAY" };
		for (int row = 0; row < days.length; row++) {
			browser.choose("day-" + row, days[row]).type("start-" + row, start).type("minutes-" + row, "180");
		}
	}

	@Test
	void theDirectorCreatesAGroupSeesItsRosterAndADischargePromotesTheFirstWaitlistedPerson() {
		browser.logIn(this.base, TestStaff.DIRECTOR);
		fillNewGroup("Recovery, evenings", "18:00");
		browser.submit("create-group");
		assertThat(browser.texts(By.tagName("h1"))).containsExactly("Recovery, evenings");
		assertThat(browser.has("roster-empty")).isTrue();

		Enrollment seated = accept("A.B.");
		Enrollment waiting = accept("C.D.");
		browser.open(browser.currentUrl());
		assertThat(browser.texts(By.cssSelector("#joining-later tbody td:first-child"))).containsExactly("A.B.");
		browser.type("date", "12/07/2026").submit("show-roster");
		assertThat(browser.texts(By.cssSelector("#roster tbody td:first-child"))).containsExactly("A.B.");
		assertThat(browser.text("utilisation")).isEqualTo("1 of 1 seats taken");
		browser.picture("group-roster");

		browser.open(this.base + "/scheduling/waitlist");
		assertThat(browser.texts(By.cssSelector("#waitlist tbody td:nth-child(2)"))).containsExactly("C.D.");
		browser.picture("waitlist");

		browser.open(this.base + "/scheduling/enrollments/" + seated.id());
		assertThat(browser.texts(By.cssSelector("#plan tbody tr"))).hasSize(5);
		assertThat(browser.text("plan-hours")).contains("within the IOP range");
		assertThat(browser.text("support-meetings")).contains("0 of 3");
		browser.picture("enrollment-plan");
		browser.open(this.base + "/scheduling/groups").picture("groups");
		browser.open(this.base + "/scheduling/enrollments/" + seated.id());
		browser.choose("reason", "COMPLETED").submit("discharge");
		assertThat(browser.text("status")).isEqualTo("DISCHARGED");

		assertThat(this.enrollments.findById(waiting.id()).orElseThrow().groupId()).isEqualTo(seated.groupId());
		browser.open(this.base + "/scheduling/groups/" + seated.groupId() + "?date=2026-12-07");
		assertThat(browser.texts(By.cssSelector("#roster tbody td:first-child"))).containsExactly("C.D.");
		browser.open(this.base + "/scheduling/waitlist");
		assertThat(browser.has("waitlist-empty")).isTrue();
	}

	@Test
	void aMeetingOutsideTheTracksHoursIsShownAtItsRowAndNothingIsCreated() {
		browser.logIn(this.base, TestStaff.SCHEDULER);
		fillNewGroup("Too early", "13:00");
		browser.submit("create-group");

		assertThat(browser.text("meetings-0-error")).contains("EVENING track's hours, 17:00 to 21:30");
		assertThat(this.groups.count()).isZero();
	}

}
