package org.clinicops.scheduling.groups;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RosterMonthTest {

	@ParameterizedTest(name = "{0} to {1} -> {2}")
	@CsvSource(delimiter = '|', textBlock = """
			# joined on | left on    | months listed under
			2026-12-07  | 2026-12-21 | 2026-12
			2026-12-07  | 2027-01-04 | 2026-12 2027-01
			2026-12-07  | 2027-01-01 | 2026-12
			2026-11-30  | 2027-02-15 | 2026-11 2026-12 2027-01 2027-02
			2026-12-07  | 2026-12-08 | 2026-12
			2026-12-07  | 2026-12-07 | ''
			2026-12-14  | 2026-12-07 | ''
			""")
	void anEndedMembershipIsListedUnderEachMonthWithADayItWasValidOn(LocalDate joinedOn, LocalDate leftOn,
			String months) {
		assertThat(RosterMonth.spanned(joinedOn, leftOn)).containsExactlyElementsOf(
				Arrays.stream(months.split(" ")).filter(month -> !month.isBlank()).map(YearMonth::parse).toList());
	}

}
