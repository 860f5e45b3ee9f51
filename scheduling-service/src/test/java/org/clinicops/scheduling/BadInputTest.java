package org.clinicops.scheduling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.clinicops.contracts.Cohort;
import org.clinicops.contracts.Focus;
import org.clinicops.contracts.Topics;
import org.clinicops.scheduling.enrollment.Enrollment;
import org.clinicops.scheduling.enrollment.EnrollmentService;
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
 * Every scheduling endpoint against bad input: each case answers 4xx with a problem detail, never
 * 5xx, and the records and events the service holds are the same before and after.
 */
@ClinicIntegrationTest
class BadInputTest {

	private static final List<String> TOPICS = List.of(Topics.SCHEDULING_ENROLLMENTS);

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	EnrollmentService enrollments;

	@TestFactory
	Stream<DynamicTest> everyEndpointRefusesBadInputAndChangesNothing() {
		String base = "http://localhost:" + this.port;
		ApiClient scheduler = ApiClient.as(TestStaff.SCHEDULER, base);
		SchedulingFixtures.emptyProgram(this.mongo);
		String groupId = SchedulingFixtures.createGroup(scheduler, "Bad input", Focus.SUBSTANCE_USE, Cohort.GENERAL,
				"EVENING", 5);
		Enrollment enrolled = this.enrollments.enroll(SchedulingFixtures.accepted(Focus.SUBSTANCE_USE, Cohort.GENERAL),
				"bad-input");
		Map<String, Object> meeting = Map.of("day", "MONDAY", "start", "18:00", "minutes", 180);
		Map<String, Object> group = Map.of("name", "Recovery", "focus", "SUBSTANCE_USE", "cohort", "GENERAL", "track",
				"EVENING", "capacity", 12, "facilitator", "Maya Chen", "meetings", List.of(meeting));
		Map<String, Object> change = Map.of("name", "Recovery", "facilitator", "Maya Chen", "capacity", 12, "meetings",
				List.of(meeting));
		Map<String, Object> therapist = Map.of("name", "Ana Ruiz", "caseloadCapacity", 10, "specialties",
				List.of("SUBSTANCE_USE"));

		List<DynamicTest> cases = new ArrayList<>();
		Map<String, Long> before = StoredState.settled(this.mongo, TOPICS);
		BadRequests.variantsOf(group)
			.forEach(body -> cases.add(BadRequests.refused("POST /api/groups: " + body, () -> scheduler.post("/api/groups", body.json()))));
		BadRequests.variantsOf(change)
			.forEach(body -> cases.add(BadRequests.refused("PUT group: " + body, () -> scheduler.put("/api/groups/" + groupId, body.json()))));
		BadRequests.variantsOf(therapist)
			.forEach(body -> cases.add(BadRequests.refused("POST therapist: " + body, () -> scheduler.post("/api/therapists", body.json()))));
		BadRequests.variantsOf(Map.of("reason", "COMPLETED"))
			.forEach(body -> cases.add(BadRequests.refused("POST discharge: " + body,
					() -> scheduler.post("/api/enrollments/" + enrolled.id() + "/discharge", body.json()))));
		BadRequests.variantsOf(Map.of("groupId", groupId))
			.forEach(body -> cases.add(BadRequests.refused("POST transfer: " + body,
					() -> scheduler.post("/api/enrollments/" + enrolled.id() + "/transfer", body.json()))));
		Map<String, Object> prescriber = Map.of("name", "Dr. Lena Ortiz", "workingHours",
				List.of(Map.of("day", "TUESDAY", "start", "09:00", "end", "17:00")));
		BadRequests.variantsOf(prescriber)
			.forEach(body -> cases.add(BadRequests.refused("POST prescriber: " + body, () -> scheduler.post("/api/prescribers", body.json()))));
		Map<String, Object> booking = Map.of("kind", "INDIVIDUAL", "clinicianId", "therapist-x", "start",
				"2030-01-08T17:00:00", "minutes", 60);
		BadRequests.variantsOf(booking)
			.forEach(body -> cases.add(BadRequests.refused("POST appointment: " + body,
					() -> scheduler.post("/api/enrollments/" + enrolled.id() + "/appointments", body.json()))));
		BadRequests.variantsOf(Map.of("date", "2026-12-09", "kind", "AA"))
			.forEach(body -> cases.add(BadRequests.refused("POST support meeting: " + body,
					() -> scheduler.post("/api/enrollments/" + enrolled.id() + "/support-meetings", body.json()))));
		cases.add(BadRequests.refused("POST support meeting: a date ahead", () -> scheduler.post(
				"/api/enrollments/" + enrolled.id() + "/support-meetings", Map.of("date", "2099-01-01", "kind", "AA"))));
		BadRequests.variantsOf(Map.of("records", List.of(Map.of("enrollmentId", enrolled.id(), "status", "LATE",
				"minutesAttended", 30, "mode", "IN_PERSON"))))
			.forEach(body -> cases.add(BadRequests.refused("POST attendance: " + body,
					() -> scheduler.post("/api/sessions/G-" + groupId + "-203001071800/attendance", body.json()))));
		cases.add(BadRequests.refused("POST attendance: an empty sheet",
				() -> scheduler.post("/api/sessions/G-" + groupId + "-203001071800/attendance", Map.of("records", List.of()))));
		for (String query : List.of("?week=2026-W99", "?week=%24where", "?week=2026-50", "?from=2026-12-07")) {
			cases.add(BadRequests.refused("GET hours " + query,
					() -> scheduler.get("/api/enrollments/" + enrolled.id() + "/hours" + query)));
		}
		for (String query : List.of("?date=yesterday", "?date=%24ne", "?day=2026-12-07")) {
			cases.add(BadRequests.refused("GET sessions " + query, () -> scheduler.get("/api/sessions" + query)));
		}
		BadRequests.variantsOf(Map.of("reason", "PERSON_REQUEST"))
			.forEach(body -> cases.add(BadRequests.refused("POST cancel: " + body,
					() -> scheduler.post("/api/appointments/no-such-appointment/cancel", body.json()))));
		cases.add(BadRequests.refused("POST prescriber: a working day that ends before it starts", () -> scheduler
			.post("/api/prescribers", Map.of("name", "X", "workingHours", List.of(Map.of("day", "TUESDAY", "start", "17:00",
					"end", "09:00"))))));
		cases.add(BadRequests.refused("POST appointment: a start that is no date-time", () -> scheduler.post(
				"/api/enrollments/" + enrolled.id() + "/appointments", Map.of("kind", "INDIVIDUAL", "clinicianId", "x",
						"start", "next tuesday", "minutes", 60))));
		cases.add(BadRequests.refused("POST appointment: an unknown kind", () -> scheduler.post(
				"/api/enrollments/" + enrolled.id() + "/appointments", Map.of("kind", "MASSAGE", "clinicianId", "x",
						"start", "2030-01-08T17:00:00", "minutes", 60))));
		for (String query : List.of("?from=yesterday", "?from=2030-01-01&to=2029-01-01", "?from=2030-01-01&to=2031-01-01")) {
			cases.add(BadRequests.refused("GET appointments " + query,
					() -> scheduler.get("/api/enrollments/" + enrolled.id() + "/appointments" + query)));
		}
		cases.add(BadRequests.refused("GET calendar of a week that is no week",
				() -> scheduler.get("/api/clinicians/x/calendar?week=2026-50")));
		cases.add(BadRequests.refused("POST discharge: unknown reason", () -> scheduler
			.post("/api/enrollments/" + enrolled.id() + "/discharge", Map.of("reason", "BORED"))));
		cases.add(BadRequests.refused("POST group: meeting on no day", () -> scheduler.post("/api/groups",
				Map.of("name", "X", "focus", "SUBSTANCE_USE", "cohort", "GENERAL", "track", "EVENING", "facilitator", "Y",
						"meetings", List.of(Map.of("day", "FUNDAY", "start", "18:00", "minutes", 60))))));
		cases.add(BadRequests.refused("POST group: meeting at 25:00", () -> scheduler.post("/api/groups",
				Map.of("name", "X", "focus", "SUBSTANCE_USE", "cohort", "GENERAL", "track", "EVENING", "facilitator", "Y",
						"meetings", List.of(Map.of("day", "MONDAY", "start", "25:00", "minutes", 60))))));
		for (String list : List.of("/api/enrollments", "/api/groups", "/api/therapists", "/api/waitlist", "/api/prescribers")) {
			BadRequests.badListQueries("status").forEach((label, query) -> cases
				.add(BadRequests.refused("GET " + list + " with " + label, () -> scheduler.get(list + query))));
		}
		for (Map.Entry<String, String> part : BadRequests.suspiciousUrlParts().entrySet()) {
			for (String path : List.of("/api/groups", "/api/enrollments")) {
				cases.add(BadRequests.refused("GET " + path + " with " + part.getKey(), () -> scheduler.get(path + part.getValue())));
			}
			cases.add(BadRequests.refused("PUT group with " + part.getKey(),
					() -> scheduler.put("/api/groups" + part.getValue(), change)));
			cases.add(BadRequests.refused("POST discharge with " + part.getKey(), () -> scheduler
				.post("/api/enrollments" + part.getValue() + "/discharge", Map.of("reason", "COMPLETED"))));
			cases.add(BadRequests.refused("GET roster with " + part.getKey(),
					() -> scheduler.get("/api/groups" + part.getValue() + "/roster")));
		}
		for (String query : List.of("/api/enrollments?status=%24ne", "/api/enrollments?evaluationId%5B%24ne%5D=1",
				"/api/enrollments?status=GONE", "/api/groups/" + groupId + "/roster?date=yesterday",
				"/api/enrollments/" + enrolled.id() + "/plan?week=%24where", "/api/enrollments/" + enrolled.id()
						+ "/plan?week=2026-W99", "/api/groups?a.b=1")) {
			cases.add(BadRequests.refused("GET " + query, () -> scheduler.get(query)));
		}
		cases.add(DynamicTest.dynamicTest("nothing was stored or published",
				() -> assertThat(StoredState.settled(this.mongo, TOPICS)).isEqualTo(before)));
		return cases.stream();
	}

}
