package org.clinicops.localplatform;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.clinicops.testsupport.ApiClient;
import org.clinicops.testsupport.TestStaff;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The three services as the end-to-end and fault tests use them: through their APIs only. */
final class PlatformClient {

	static final Duration WAIT = Duration.ofSeconds(30);

	final ApiClient anonymousIntake;

	final ApiClient clinician;

	final ApiClient coordinator;

	final ApiClient director;

	final ApiClient schedulerAtScheduling;

	final ApiClient directorAtNotification;

	PlatformClient(String intake, String scheduling, String notification) {
		this.anonymousIntake = ApiClient.anonymous(intake);
		this.clinician = ApiClient.as(TestStaff.CLINICIAN, intake);
		this.coordinator = ApiClient.as(TestStaff.COORDINATOR, intake);
		this.director = ApiClient.as(TestStaff.DIRECTOR, scheduling);
		this.schedulerAtScheduling = ApiClient.as(TestStaff.SCHEDULER, scheduling);
		this.directorAtNotification = ApiClient.as(TestStaff.DIRECTOR, notification);
	}

	/** An evening group of the focus meeting three evenings a week (a plan in the IOP range). */
	void createGroup(String name, String focus, String facilitator, int capacity) {
		ApiClient.Response created = this.director.post("/api/groups",
				Map.of("name", name, "focus", focus, "cohort", "GENERAL", "track", "EVENING", "capacity", capacity,
						"facilitator", facilitator, "meetings",
						List.of(Map.of("day", "MONDAY", "start", "18:00", "minutes", 180),
								Map.of("day", "WEDNESDAY", "start", "18:00", "minutes", 180),
								Map.of("day", "FRIDAY", "start", "18:00", "minutes", 180))));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
	}

	/** An evening substance-use group of the cohort meeting 18:00-21:00 on the weekdays of these dates; returns its id. */
	String createEveningGroupMeetingOn(String name, String cohort, String facilitator, List<LocalDate> dates) {
		ApiClient.Response created = this.director.post("/api/groups", Map.of("name", name, "focus", "SUBSTANCE_USE",
				"cohort", cohort, "track", "EVENING", "capacity", 8, "facilitator", facilitator, "meetings",
				dates.stream().map(date -> Map.of("day", date.getDayOfWeek().name(), "start", "18:00", "minutes", 180)).toList()));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	void createTherapist(String name, String specialty) {
		ApiClient.Response created = this.director.post("/api/therapists",
				Map.of("name", name, "caseloadCapacity", 10, "specialties", List.of(specialty)));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
	}

	/** Submits a request with these details; returns its id. */
	String submit(Map<String, Object> request) {
		ApiClient.Response submitted = this.anonymousIntake.post("/api/evaluation-requests", request);
		assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
		return submitted.json().get("id").asString();
	}

	ApiClient.Response submit(String focus) {
		return this.anonymousIntake.post("/api/evaluation-requests",
				Map.of("firstName", "Robin", "lastName", "Hale", "dateOfBirth", "1991-07-19", "phone", "+1 555 0100 77",
						"preferredContact", "SMS", "consentToContact", true, "concerns", List.of(focus), "source", "FAMILY",
						"insurance", Map.of("payer", "Acme Health", "memberId", "AH-0100-77")));
	}

	/** A substance-use request of the cohort, screened and accepted to start on the date (even days back); returns its id. */
	String acceptStartingOn(String cohort, LocalDate startDate) {
		String id = submit("SUBSTANCE_USE").json().get("id").asString();
		screen(id, "SUBSTANCE_USE", Map.of("cohort", cohort));
		decide(id, Map.of("outcome", "ACCEPTED", "levelOfCare", "INTENSIVE_OUTPATIENT", "startDate", startDate.toString()));
		return id;
	}

	/** Screens a request as fit for IOP (working, so evening). */
	void screen(String id, String focus) {
		screen(id, focus, Map.of());
	}

	/** Screens a request as fit for IOP (working, so evening) but for the findings and notes given. */
	void screen(String id, String focus, Map<String, Object> findings) {
		Map<String, Object> screening = new HashMap<>(Map.of("needsDetox", false, "needs24HourSupervision",
				false, "dangerToSelfOrOthers", false, "supportSystemAtHome", true, "substanceFreeHome", true,
				"coOccurringSeverity", "NONE", "continuingWorkOrSchool", true, "steppingDownFromInpatient", false,
				"adolescent", false, "primaryFocus", focus));
		screening.putAll(Map.of("cohort", "GENERAL", "needsMedicationManagement", false, "needsPsychiatricCare", false,
				"pregnant", false, "injectionDrugUse", false));
		screening.putAll(findings);
		ApiClient.Response screened = this.clinician.post("/api/evaluation-requests/" + id + "/screening", screening);
		assertThat(screened.status()).as(screened.text()).isEqualTo(200);
	}

	void decide(String id, Map<String, Object> decision) {
		ApiClient.Response decided = this.clinician.post("/api/evaluation-requests/" + id + "/decision", decision);
		assertThat(decided.status()).as(decided.text()).isEqualTo(200);
	}

	/** Screens a request as fit for IOP (working, so evening) and accepts it. */
	void screenAndAccept(String id, String focus) {
		screen(id, focus);
		decide(id, Map.of("outcome", "ACCEPTED", "levelOfCare", "INTENSIVE_OUTPATIENT"));
	}

	String submitScreenAndAccept(String focus) {
		ApiClient.Response submitted = submit(focus);
		assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
		String id = submitted.json().get("id").asString();
		screenAndAccept(id, focus);
		return id;
	}

	/** The evaluation's enrollment once it has one of the statuses. */
	JsonNode awaitEnrollment(String evaluationId, String... statuses) {
		await().atMost(WAIT)
			.until(() -> this.schedulerAtScheduling.get("/api/enrollments?evaluationId=" + evaluationId)
				.json()
				.valueStream()
				.anyMatch(enrollment -> List.of(statuses).contains(enrollment.get("status").asString())));
		return this.schedulerAtScheduling.get("/api/enrollments?evaluationId=" + evaluationId).json().get(0);
	}

	/** The alerts of an evaluation as "TYPE ROLE recipient" ("-" for a role's alert). */
	List<String> alertsFor(String evaluationId) {
		return this.directorAtNotification.get("/api/alerts?evaluationId=" + evaluationId)
			.json()
			.valueStream()
			.map(alert -> alert.get("type").asString() + " " + alert.get("recipientRole").asString() + " "
					+ (alert.get("recipient").isNull() ? "-" : alert.get("recipient").asString()))
			.toList();
	}

}
