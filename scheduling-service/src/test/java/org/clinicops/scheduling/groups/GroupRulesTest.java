package org.clinicops.scheduling.groups;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.clinicops.contracts.Track;
import org.clinicops.scheduling.SchedulingFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class GroupRulesTest {

	private final GroupRules rules = new GroupRules(new TrackHours(Map.of(Track.MORNING,
			new TrackHours.Window(LocalTime.of(8, 0), LocalTime.of(13, 0)), Track.EVENING,
			new TrackHours.Window(LocalTime.of(17, 0), LocalTime.of(21, 30)))));

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			# track | meetings                                         | errors
			EVENING | MONDAY 18:00 180                                 | -
			EVENING | MONDAY 17:00 270                                 | -
			EVENING | MONDAY 17:00 271                                 | meetings[0]: must lie within the EVENING track's hours, 17:00 to 21:30
			EVENING | MONDAY 16:30 60                                  | meetings[0]: must lie within the EVENING track's hours, 17:00 to 21:30
			MORNING | TUESDAY 09:00 180                                | -
			MORNING | TUESDAY 12:00 90                                 | meetings[0]: must lie within the MORNING track's hours, 08:00 to 13:00
			MORNING | MONDAY 09:00 180; WEDNESDAY 09:00 180            | -
			MORNING | MONDAY 09:00 60; MONDAY 10:00 60                 | -
			MORNING | MONDAY 09:00 90; MONDAY 10:00 60                 | meetings[1]: overlaps meetings[0]
			EVENING | FRIDAY 18:00 60; FRIDAY 18:00 60; FRIDAY 18:30 30 | meetings[1]: overlaps meetings[0]; meetings[2]: overlaps meetings[0]; meetings[2]: overlaps meetings[1]
			""")
	void meetingsLieWithinTheirTracksHoursAndDoNotOverlap(Track track, String meetings, String expected) {
		List<String> errors = this.rules.check(track, SchedulingFixtures.meetings(meetings))
			.stream()
			.map(error -> error.field() + ": " + error.message())
			.toList();

		assertThat(errors).isEqualTo((expected == null) ? List.of() : List.of(expected.split("; ")));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			# joined    | left       | on         | valid
			2026-12-07  |            | 2026-12-06 | false
			2026-12-07  |            | 2026-12-07 | true
			2026-12-07  |            | 2027-06-01 | true
			2026-12-07  | 2026-12-21 | 2026-12-20 | true
			2026-12-07  | 2026-12-21 | 2026-12-21 | false
			""")
	void aMembershipIsValidFromItsJoiningDayUntilTheDayItsMemberLeaves(String joined, String left, String on,
			boolean valid) {
		Membership membership = new Membership("m", "g", "e", "J.D.", LocalDate.parse(joined),
				(left == null) ? null : LocalDate.parse(left));

		assertThat(membership.validOn(LocalDate.parse(on))).isEqualTo(valid);
	}

}
