package org.clinicops.scheduling.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.clinicops.common.web.FieldError;
import org.clinicops.scheduling.SchedulingFixtures;
import org.clinicops.scheduling.clinicians.WorkingDay;
import org.clinicops.scheduling.clinicians.WorkingHours;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * When an appointment may be booked. The clinician works Tuesdays 09:00 to 17:00; the person's
 * group meets Tuesdays 12:00 to 13:00; it is Monday 7 December 2026, 10:00.
 */
class BookingRulesTest {

	private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 10, 0);

	private static final WorkingHours TUESDAYS = new WorkingHours(
			List.of(new WorkingDay(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))));

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			a free hour in working hours          | 2026-12-08T09:00 | 60  | -       | -
			ends as the working day ends          | 2026-12-08T16:00 | 60  | -       | -
			a quarter hour                        | 2026-12-08T14:45 | 15  | -       | -
			three hours                           | 2026-12-08T13:00 | 180 | -       | -
			runs past the working day             | 2026-12-08T16:30 | 60  | start   | is outside the clinician's working hours
			starts before the working day         | 2026-12-08T08:45 | 30  | start   | is outside the clinician's working hours
			on a day the clinician does not work  | 2026-12-09T10:00 | 60  | start   | is outside the clinician's working hours
			not on a quarter hour                 | 2026-12-08T09:10 | 60  | start   | must be on a quarter hour
			shorter than a quarter hour           | 2026-12-08T09:00 | 10  | minutes | must be 15 to 180 minutes in quarter hours
			longer than three hours               | 2026-12-08T09:00 | 195 | minutes | must be 15 to 180 minutes in quarter hours
			not in quarter hours                  | 2026-12-08T09:00 | 50  | minutes | must be 15 to 180 minutes in quarter hours
			earlier today                         | 2026-12-07T09:00 | 60  | start   | is in the past
			overlaps the group meeting            | 2026-12-08T11:30 | 60  | start   | clashes with one of the person's group meetings
			inside the group meeting              | 2026-12-08T12:15 | 15  | start   | clashes with one of the person's group meetings
			ends as the group meeting starts      | 2026-12-08T11:00 | 60  | -       | -
			starts as the group meeting ends      | 2026-12-08T13:00 | 60  | -       | -
			""")
	void anAppointmentMayBeBookedOnlyWhereTheRulesAllow(String label, LocalDateTime start, int minutes, String field,
			String problem) {
		List<FieldError> problems = BookingRules.problems(new BookingRules.Booking(start, minutes, NOW, TUESDAYS,
				SchedulingFixtures.meetings("TUESDAY 12:00 60")));

		if (field == null) {
			assertThat(problems).isEmpty();
		}
		else {
			assertThat(problems).first().isEqualTo(new FieldError(field, problem));
		}
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Monday morning track           | 2026-12-07T09:00 | 60 | true
			Friday evening track           | 2026-12-11T19:00 | 60 | true
			between the tracks             | 2026-12-08T14:00 | 60 | false
			Saturday                       | 2026-12-12T09:00 | 60 | false
			""")
	void aTherapistWithoutStatedHoursWorksTheTracksHoursOnWeekdays(String label, LocalDateTime start, int minutes,
			boolean covered) {
		WorkingHours tracks = WorkingHours.statedOr(List.of(), SchedulingFixtures.trackHours());

		assertThat(tracks.covers(start, minutes)).isEqualTo(covered);
	}

}
