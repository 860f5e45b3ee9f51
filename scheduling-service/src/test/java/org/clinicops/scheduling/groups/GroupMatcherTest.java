package org.clinicops.scheduling.groups;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.clinicops.contracts.Cohort;
import org.clinicops.contracts.Focus;
import org.clinicops.contracts.Track;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class GroupMatcherTest {

	private static final LocalDateTime MONDAY_9 = LocalDateTime.of(2026, 12, 7, 9, 0);

	/**
	 * The clinic's groups for these cases: id, focus, cohort, track, capacity, seats left, and
	 * how many hours after Monday 09:00 it next meets.
	 */
	private static final List<GroupOption> GROUPS = Arrays.stream(new String[] {
			"su-am-general   SUBSTANCE_USE   GENERAL  MORNING 12 4  0",
			"su-am-general2  SUBSTANCE_USE   GENERAL  MORNING 12 10 48",
			"su-am-veterans  SUBSTANCE_USE   VETERANS MORNING 10 1  24",
			"su-pm-general   SUBSTANCE_USE   GENERAL  EVENING 12 6  9",
			"su-pm-women     SUBSTANCE_USE   WOMEN    EVENING 10 0  9",
			"su-pm-women2    SUBSTANCE_USE   WOMEN    EVENING 6  3  33",
			"mh-am-general   MENTAL_HEALTH   GENERAL  MORNING 12 6  0",
			"mh-am-general2  MENTAL_HEALTH   GENERAL  MORNING 6  3  24",
			"mh-am-trauma    MENTAL_HEALTH   TRAUMA_SURVIVORS MORNING 8 0 0",
			"ed-pm-general   EATING_DISORDER GENERAL  EVENING 8  0  9" })
		.map(line -> line.trim().split("\\s+"))
		.map(f -> new GroupOption(f[0], Focus.valueOf(f[1]), Cohort.valueOf(f[2]), Track.valueOf(f[3]),
				Integer.parseInt(f[4]), Integer.parseInt(f[5]), MONDAY_9.plusHours(Long.parseLong(f[6]))))
		.toList();

	private final GroupMatcher matcher = new GroupMatcher();

	@ParameterizedTest(name = "{0} {1} {2} -> {3}")
	@CsvSource(delimiter = '|', textBlock = """
			# focus         | cohort           | track   | groups in order, best first
			SUBSTANCE_USE   | GENERAL          | MORNING | su-am-general2, su-am-general
			SUBSTANCE_USE   | VETERANS         | MORNING | su-am-veterans, su-am-general2, su-am-general
			SUBSTANCE_USE   | WOMEN            | EVENING | su-pm-women2, su-pm-general
			SUBSTANCE_USE   | MEN              | EVENING | su-pm-general
			SUBSTANCE_USE   | MEN              | MORNING | su-am-general2, su-am-general
			MENTAL_HEALTH   | GENERAL          | MORNING | mh-am-general, mh-am-general2
			MENTAL_HEALTH   | TRAUMA_SURVIVORS | MORNING | mh-am-general, mh-am-general2
			MENTAL_HEALTH   | GENERAL          | EVENING | ''
			EATING_DISORDER | GENERAL          | EVENING | ''
			""")
	void ranksMatchingGroupsWithSeatsOwnCohortFirstThenLeastFullThenEarliest(Focus focus, Cohort cohort, Track track,
			String expected) {
		List<String> ranked = this.matcher.rank(new Placement(focus, cohort, track), GROUPS)
			.stream()
			.map(GroupOption::id)
			.toList();

		assertThat(ranked).isEqualTo(expected.isBlank() ? List.of() : List.of(expected.split(",\\s*")));
	}

}
