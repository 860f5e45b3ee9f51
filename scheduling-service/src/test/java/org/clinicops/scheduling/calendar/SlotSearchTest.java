package org.clinicops.scheduling.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.clinicops.contracts.Track;
import org.clinicops.scheduling.SchedulingFixtures;
import org.clinicops.scheduling.clinicians.WorkingHours;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where booking at placement looks for an hour: weekdays only, inside the evening track (17:00 to
 * 21:30), in the clinician's hours, around the group (Mondays 18:00 to 21:00), never in the past.
 * Monday 7 December 2026 to Sunday 13 December; the clinician works the tracks' hours on weekdays.
 */
class SlotSearchTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			from the start of the week             | 2026-12-07T08:00 | 2026-12-07T17:00 | 2026-12-11T20:30 | 1 | 61
			later on Monday than the group's start | 2026-12-07T18:30 | 2026-12-08T17:00 | 2026-12-11T20:30 | 0 | 60
			from Friday evening                    | 2026-12-11T20:00 | 2026-12-11T20:00 | 2026-12-11T20:30 | 0 | 3
			on the weekend only                    | 2026-12-12T08:00 | -                | -                | 0 | 0
			""")
	void candidatesAreWeekdayQuarterHoursEarliestFirstAroundTheGroup(String label, LocalDateTime notBefore,
			String first, String last, int mondayCandidates, int count) {
		LocalDate from = notBefore.toLocalDate();
		List<LocalDateTime> candidates = SlotSearch.candidates(new SlotSearch.Need(from, LocalDate.of(2026, 12, 13), 60,
				SchedulingFixtures.trackHours().of(Track.EVENING),
				WorkingHours.statedOr(List.of(), SchedulingFixtures.trackHours()),
				SchedulingFixtures.meetings("MONDAY 18:00 180"), notBefore));

		assertThat(candidates).hasSize(count).isSorted();
		if (count > 0) {
			assertThat(candidates.get(0)).isEqualTo(LocalDateTime.parse(first));
			assertThat(candidates.get(count - 1)).isEqualTo(LocalDateTime.parse(last));
		}
		assertThat(candidates).filteredOn(start -> start.getDayOfWeek().getValue() == 1).hasSize(mondayCandidates);
		assertThat(candidates).allSatisfy(start -> assertThat(start.toLocalTime()).isBetween(LocalTime.of(17, 0),
				LocalTime.of(20, 30)));
	}

}
