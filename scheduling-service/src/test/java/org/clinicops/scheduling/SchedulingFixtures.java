package org.clinicops.scheduling;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.clinicops.contracts.Cohort;
import org.clinicops.contracts.EvaluationAccepted;
import org.clinicops.contracts.Focus;
import org.clinicops.contracts.Track;
import org.clinicops.scheduling.clinicians.Therapist;
import org.clinicops.scheduling.enrollment.Enrollment;
import org.clinicops.scheduling.groups.Group;
import org.clinicops.scheduling.groups.Meeting;
import org.clinicops.scheduling.groups.OpenGroupList;
import org.clinicops.scheduling.groups.Membership;
import org.clinicops.scheduling.groups.RosterMonth;
import org.clinicops.scheduling.groups.TrackHours;
import org.clinicops.testsupport.ApiClient;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/** Groups, therapists and acceptances as the scheduling tests create them. */
public final class SchedulingFixtures {

	/** Creates a group meeting on Mondays in the track's hours; returns its id. */
	public static String createGroup(ApiClient director, String name, Focus focus, Cohort cohort, String track,
			int capacity) {
		String start = "EVENING".equals(track) ? "18:00" : "09:00";
		ApiClient.Response created = director.post("/api/groups",
				Map.of("name", name, "focus", focus.name(), "cohort", cohort.name(), "track", track, "capacity", capacity,
						"facilitator", "Maya Chen", "meetings",
						List.of(Map.of("day", "MONDAY", "start", start, "minutes", 180))));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	public static void createTherapist(ApiClient director, String name, int caseload, Focus specialty) {
		ApiClient.Response created = director.post("/api/therapists",
				Map.of("name", name, "caseloadCapacity", caseload, "specialties", List.of(specialty.name())));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
	}

	/** An evening (working) person accepted on 2026-11-28, starting on 2026-12-07. */
	public static EvaluationAccepted accepted(Focus focus, Cohort cohort) {
		return accepted(focus, cohort, false, false, Instant.parse("2026-11-28T11:00:00Z"));
	}

	public static EvaluationAccepted accepted(Focus focus, Cohort cohort, boolean pregnant, boolean injectionDrugUse,
			Instant acceptedAt) {
		return new EvaluationAccepted(UUID.randomUUID().toString(), "J.D.", focus, cohort, true, false, pregnant,
				injectionDrugUse, false, LocalDate.of(2026, 12, 7), acceptedAt);
	}

	/** A program with no groups, memberships, therapists or enrollments, for a test to build on. */
	public static void emptyProgram(MongoTemplate mongo) {
		for (Class<?> records : List.of(Group.class, OpenGroupList.class, Membership.class, RosterMonth.class, Therapist.class,
				Enrollment.class)) {
			mongo.remove(new Query(), records);
		}
		for (String collection : List.of("prescribers", "appointments", "calendar_week_slots", "enrollments_waiting")) {
			mongo.remove(new Query(), collection);
		}
	}

	/** The tracks' hours as the services run by default: 08:00 to 13:00 and 17:00 to 21:30. */
	public static TrackHours trackHours() {
		return new TrackHours(Map.of(Track.MORNING, new TrackHours.Window(LocalTime.of(8, 0), LocalTime.of(13, 0)),
				Track.EVENING, new TrackHours.Window(LocalTime.of(17, 0), LocalTime.of(21, 30))));
	}

	/** Weekly meetings written as "DAY HH:mm minutes", separated by ";". */
	public static List<Meeting> meetings(String text) {
		List<Meeting> meetings = new ArrayList<>();
		for (String meeting : text.split(";")) {
			String[] parts = meeting.strip().split(" ");
			meetings.add(new Meeting(DayOfWeek.valueOf(parts[0]), LocalTime.parse(parts[1]), Integer.parseInt(parts[2])));
		}
		return meetings;
	}

	private SchedulingFixtures() {
	}

}
