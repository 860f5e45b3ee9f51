package org.clinicops.scheduling.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.clinicops.contracts.AttendanceStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Streaks of missed sessions, in session order: sessions are named 1, 2, 3, ... by their order,
 * each with its latest status (P present, L late, X excused, N no-show).
 */
class MissedStreaksTest {

	@ParameterizedTest(name = "{0}: {1} told {2} -> {3}")
	@CsvSource(delimiter = '|', textBlock = """
			one missed session                         | N           | -   | -
			two in a row                               | N N         | -   | 1-2
			two apart                                  | N P N       | -   | -
			late ends a streak                         | N L N       | -   | -
			an excused absence neither ends nor counts | N X N       | -   | 1-3
			three in a row is one streak               | N N N       | -   | 1-3
			a streak told already                      | N N N       | 1   | -
			two streaks, the first told                | N N P N N   | 1   | 4-5
			recorded out of order, same order          | P N N       | -   | 2-3
			a correction broke the told streak         | N P N N     | 1   | 3-4
			""")
	void aStreakIsTwoOrMoreNoShowsInARowToldOnce(String label, String statuses, String told, String expected) {
		Map<String, AttendanceStatus> bySession = new LinkedHashMap<>();
		String[] letters = statuses.split(" ");
		for (int i = 0; i < letters.length; i++) {
			bySession.put(String.valueOf(i + 1), switch (letters[i]) {
				case "P" -> AttendanceStatus.PRESENT;
				case "L" -> AttendanceStatus.LATE;
				case "X" -> AttendanceStatus.EXCUSED;
				default -> AttendanceStatus.NO_SHOW;
			});
		}
		Set<String> toldStreaks = told.equals("-") ? Set.of() : Set.of(told.split(" "));

		List<String> untold = MissedStreaks.untold(bySession, toldStreaks)
			.stream()
			.map(streak -> streak.first() + "-" + streak.last())
			.toList();

		assertThat(untold).isEqualTo(expected.equals("-") ? List.of() : Arrays.asList(expected.split(" ")));
	}

}
