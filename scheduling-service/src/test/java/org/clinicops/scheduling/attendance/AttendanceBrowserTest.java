package org.clinicops.scheduling.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import org.clinicops.contracts.Cohort;
import org.clinicops.contracts.EvaluationAccepted;
import org.clinicops.contracts.Focus;
import org.clinicops.scheduling.SchedulingFixtures;
import org.clinicops.scheduling.enrollment.Enrollment;
import org.clinicops.scheduling.enrollment.EnrollmentService;
import org.clinicops.scheduling.plans.WeeklyPlanner;
import org.clinicops.testsupport.ApiClient;
import org.clinicops.testsupport.Browser;
import org.clinicops.testsupport.ClinicIntegrationTest;
import org.clinicops.testsupport.TestStaff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** A facilitator takes a group's attendance on the Today page, and the person's hours change on their page. */
@ClinicIntegrationTest
class AttendanceBrowserTest {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	EnrollmentService enrollments;

	@Test
	void aFacilitatorTakesYesterdaysAttendanceAndThePersonsHoursChangeOnTheirPage() {
		String base = "http://localhost:" + this.port;
		LocalDate yesterday = LocalDate.now(ZoneId.of("America/New_York")).minusDays(1);
		SchedulingFixtures.emptyProgram(this.mongo);
		this.mongo.remove(new Query(), "attendance");
		this.mongo.remove(new Query(), "attended_weeks");
		this.mongo.remove(new Query(), "attendance_runs");
		ApiClient director = ApiClient.as(TestStaff.DIRECTOR, base);
		director.post("/api/groups", Map.of("name", "Evening recovery", "focus", "SUBSTANCE_USE", "cohort", "GENERAL",
				"track", "EVENING", "capacity", 6, "facilitator", "Maya Chen", "meetings",
				List.of(Map.of("day", yesterday.getDayOfWeek().name(), "start", "18:00", "minutes", 180))));
		EvaluationAccepted accepted = SchedulingFixtures.accepted(Focus.SUBSTANCE_USE, Cohort.GENERAL);
		Enrollment person = this.enrollments.enroll(new EvaluationAccepted(accepted.evaluationId(), "K.M.",
				accepted.primaryFocus(), accepted.cohort(), true, false, false, false, false, yesterday.minusDays(7),
				accepted.acceptedAt()), "browser");
		String week = WeeklyPlanner.isoWeekOf(yesterday);

		browser.logIn(base, TestStaff.CLINICIAN).open(base + "/scheduling/enrollments/" + person.id() + "?week=" + week);
		assertThat(browser.text("attended-hours")).startsWith("Attended 0.00 of");
		browser.open(base + "/scheduling/today?date=" + yesterday)
			.choose("status-" + person.id(), "LATE")
			.type("minutes-" + person.id(), "120")
			.picture("today-sign-in-sheet")
			.submit("save-G-" + groupIdOf(person) + "-" + yesterday.toString().replace("-", "") + "1800");

		assertThat(browser.texts(By.cssSelector("td.recorded"))).containsExactly("LATE (120 min)");
		browser.open(base + "/scheduling/enrollments/" + person.id() + "?week=" + week);
		assertThat(browser.text("attended-hours")).startsWith("Attended 2.00 of");
		assertThat(browser.texts(By.cssSelector("#attendance tbody td:nth-child(2)"))).containsExactly("LATE");
	}

	@Test
	void aClinicianSeesTheirWeekWithItsAppointments() {
		String base = "http://localhost:" + this.port;
		SchedulingFixtures.emptyProgram(this.mongo);
		ApiClient scheduler = ApiClient.as(TestStaff.SCHEDULER, base);
		SchedulingFixtures.createGroup(scheduler, "Evenings", Focus.SUBSTANCE_USE, Cohort.GENERAL, "EVENING", 4);
		String therapistId = scheduler.post("/api/therapists", Map.of("name", "Ana Ruiz", "caseloadCapacity", 4,
				"specialties", List.of("SUBSTANCE_USE"), "workingHours",
				List.of(Map.of("day", "SATURDAY", "start", "09:00", "end", "13:00"))))
			.json()
			.get("id")
			.asString();
		Enrollment person = this.enrollments.enroll(SchedulingFixtures.accepted(Focus.SUBSTANCE_USE, Cohort.GENERAL),
				"calendar-page");
		LocalDate saturday = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.SATURDAY)).plusWeeks(1);
		assertThat(scheduler.post("/api/enrollments/" + person.id() + "/appointments", Map.of("kind", "INDIVIDUAL",
				"clinicianId", therapistId, "start", saturday + "T10:00:00", "minutes", 60)).status()).isEqualTo(201);

		browser.logIn(base, TestStaff.CLINICIAN)
			.open(base + "/scheduling/clinicians/" + therapistId + "/calendar?week=" + WeeklyPlanner.isoWeekOf(saturday))
			.picture("clinician-calendar");

		assertThat(browser.text("clinician")).isEqualTo("Ana Ruiz");
		assertThat(browser.texts(By.cssSelector("#appointments tbody td"))).contains("INDIVIDUAL", "J.D.", "60");
	}

	private String groupIdOf(Enrollment person) {
		return this.mongo.findById(person.id(), Enrollment.class).groupId();
	}

}
