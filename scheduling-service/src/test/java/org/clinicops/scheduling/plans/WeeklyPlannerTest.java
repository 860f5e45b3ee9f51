package org.clinicops.scheduling.plans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

import org.clinicops.common.web.InvalidFieldException;
import org.clinicops.scheduling.SchedulingFixtures;
import org.clinicops.scheduling.groups.TrackHours;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WeeklyPlannerTest {

	private static final TrackHours.Window MORNING = new TrackHours.Window(LocalTime.of(8, 0), LocalTime.of(13, 0));

	private static final TrackHours.Window EVENING = new TrackHours.Window(LocalTime.of(17, 0), LocalTime.of(21, 30));

	/** The Monday of ISO week 2026-W50. */
	private static final LocalDate WEEK_50 = LocalDate.of(2026, 12, 7);

	private final WeeklyPlanner planner = new WeeklyPlanner();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			# case                               | track   | group meetings                                      | adolescent | medication | starts     | week offset | hours | within
			three evening groups                 | EVENING | MONDAY 18:00 180; WEDNESDAY 18:00 180; FRIDAY 18:00 180 | false | false  | 2026-12-07 | 0 | 11.00 | true
			one group is too little for an adult | EVENING | TUESDAY 18:00 180                                   | false      | false      | 2026-12-07 | 0 | 5.00  | false
			two groups: enough for an adolescent | MORNING | MONDAY 09:00 180; THURSDAY 09:00 180                | true       | false      | 2026-12-07 | 0 | 8.00  | true
			two groups: too little for an adult  | MORNING | MONDAY 09:00 180; THURSDAY 09:00 180                | false      | false      | 2026-12-07 | 0 | 8.00  | false
			sixteen group hours make eighteen    | MORNING | MONDAY 08:00 240; TUESDAY 08:00 240; WEDNESDAY 08:00 240; THURSDAY 08:00 240 | false | false | 2026-12-07 | 0 | 18.00 | true
			medication in the first week         | EVENING | MONDAY 18:00 180; WEDNESDAY 18:00 180; FRIDAY 18:00 180 | false | true   | 2026-12-07 | 0 | 11.50 | true
			no medication in the second week     | EVENING | MONDAY 18:00 180; WEDNESDAY 18:00 180; FRIDAY 18:00 180 | false | true   | 2026-12-07 | 1 | 11.00 | true
			medication again in the third week   | EVENING | MONDAY 18:00 180; WEDNESDAY 18:00 180; FRIDAY 18:00 180 | false | true   | 2026-12-07 | 2 | 11.50 | true
			starting on Wednesday: a short week  | EVENING | MONDAY 18:00 180; WEDNESDAY 18:00 180; FRIDAY 18:00 180 | false | false  | 2026-12-09 | 0 | 8.00  | false
			""")
	void aWeekHoldsTheGroupsOneIndividualAndOneEducationSessionAndItsHoursAreJudged(String name, String track,
			String groupMeetings, boolean adolescent, boolean medication, LocalDate starts, int weekOffset,
			BigDecimal hours, boolean within) {
		WeeklyPlan plan = this.planner.plan(request(track, groupMeetings, adolescent, medication, starts),
				WEEK_50.plusWeeks(weekOffset));

		assertThat(plan.totalHours()).isEqualByComparingTo(hours);
		assertThat(plan.withinRange()).isEqualTo(within);
		assertThat(plan.sessions()).filteredOn(session -> session.kind() == SessionKind.INDIVIDUAL).hasSize(1);
		assertThat(plan.sessions()).filteredOn(session -> session.kind() == SessionKind.EDUCATION).hasSize(1);
		assertThat(plan.sessions()).allSatisfy(session -> {
			assertThat(session.start().toLocalDate()).isAfterOrEqualTo(starts);
			TrackHours.Window window = "EVENING".equals(track) ? EVENING : MORNING;
			assertThat(window.contains(session.start().toLocalTime(), session.minutes())).as(session.toString()).isTrue();
		});
		for (Session session : plan.sessions()) {
			assertThat(plan.sessions()).filteredOn(other -> other != session)
				.noneMatch(other -> other.overlaps(session.start(), session.minutes()));
		}
	}

	@Test
	void theTwentyHourCeilingIsExclusive() {
		WeeklyPlan plan = this.planner.plan(request("MORNING",
				"MONDAY 08:00 240; TUESDAY 08:00 240; WEDNESDAY 08:00 240; THURSDAY 08:00 240; FRIDAY 08:00 120", false,
				false, WEEK_50), WEEK_50);

		assertThat(plan.totalHours()).isEqualByComparingTo("20.00");
		assertThat(plan.withinRange()).isFalse();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "2026-W50, 2026-12-07", "2026-W01, 2025-12-29", "2026-W53, 2026-12-28", "2027-W01, 2027-01-04" })
	void isoWeeksStartOnTheirMonday(String week, LocalDate monday) {
		assertThat(WeeklyPlanner.mondayOf(week)).isEqualTo(monday);
		assertThat(WeeklyPlanner.isoWeekOf(monday)).isEqualTo(week);
	}

	@Test
	void aWeekTheYearDoesNotHaveIsInvalid() {
		assertThatThrownBy(() -> WeeklyPlanner.mondayOf("2027-W53")).isInstanceOf(InvalidFieldException.class)
			.hasMessageContaining("2027");
	}

	private static WeeklyPlanner.PlanRequest request(String track, String groupMeetings, boolean adolescent,
			boolean medication, LocalDate starts) {
		return new WeeklyPlanner.PlanRequest(starts, "Recovery", SchedulingFixtures.meetings(groupMeetings),
				"EVENING".equals(track) ? EVENING : MORNING, "Ana Ruiz", adolescent, medication);
	}

}
