package org.clinicops.intake.coverage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.clinicops.contracts.LevelOfCare;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CoverageAlertsTest {

	private static final LocalDate FROM = LocalDate.of(2026, 12, 1);

	private static final LocalDate TO = LocalDate.of(2026, 12, 31);

	private static final Instant ACCEPTED = Instant.parse("2026-12-01T15:00:00Z");

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			# case                                  | insured | verified | authorization required | units | review date | days attended | today | now (UTC)            | alerts due
			nothing due                             | true    | true     | true  | 10 | 12-20 | 3  | 12-10 | 2026-12-10T12:00:00Z | ''
			unverified under two days               | true    | false    | false | 0  | ''    | 0  | 12-03 | 2026-12-03T14:59:00Z | ''
			unverified two days after acceptance    | true    | false    | false | 0  | ''    | 0  | 12-03 | 2026-12-03T15:00:00Z | BENEFITS_UNVERIFIED
			self-pay needs no verification          | false   | false    | false | 0  | ''    | 0  | 12-05 | 2026-12-05T12:00:00Z | ''
			three units left is not low             | true    | true     | true  | 6  | ''    | 3  | 12-10 | 2026-12-10T12:00:00Z | ''
			two units left is low                   | true    | true     | true  | 5  | ''    | 3  | 12-10 | 2026-12-10T12:00:00Z | LOW
			units used up is low                    | true    | true     | true  | 3  | ''    | 3  | 12-10 | 2026-12-10T12:00:00Z | LOW
			four days before the end                | true    | true     | true  | 20 | ''    | 0  | 12-27 | 2026-12-27T12:00:00Z | ''
			three days before the end               | true    | true     | true  | 20 | ''    | 0  | 12-28 | 2026-12-28T12:00:00Z | ENDING
			after the end nothing more              | true    | true     | true  | 3  | 12-20 | 3  | 2027-01-01 | 2027-01-01T12:00:00Z | ''
			the day before the review               | true    | true     | true  | 20 | 12-20 | 0  | 12-19 | 2026-12-19T12:00:00Z | ''
			the review date                         | true    | true     | true  | 20 | 12-20 | 0  | 12-20 | 2026-12-20T12:00:00Z | REVIEW_DUE
			unauthorized day when required          | true    | true     | true  | 2  | ''    | 3  | 12-10 | 2026-12-10T12:00:00Z | LOW ; UNAUTHORIZED_DAY:2026-12-04
			unauthorized day when not required      | true    | true     | false | 2  | ''    | 3  | 12-10 | 2026-12-10T12:00:00Z | LOW
			""")
	void raisesWhatIsDue(String name, boolean insured, boolean verified, boolean authorizationRequired, int units,
			String reviewDate, int daysAttended, String today, Instant now, String expected) {
		List<Authorization> authorizations = (units == 0) ? List.of()
				: List.of(new Authorization("a", "N-1", LevelOfCare.INTENSIVE_OUTPATIENT, units, FROM, TO,
						reviewDate.isBlank() ? null : date(reviewDate), "coordinator", ACCEPTED));
		SortedSet<LocalDate> days = new TreeSet<>();
		for (int i = 0; i < daysAttended; i++) {
			days.add(FROM.plusDays(1 + i));
		}
		CoverageAlerts.Facts facts = new CoverageAlerts.Facts(insured, ACCEPTED, verified, authorizationRequired,
				authorizations, ServiceDays.allocate(authorizations, days));

		List<String> due = CoverageAlerts.due(facts, date(today), now)
			.stream()
			.map(item -> (item.reason() == CoverageAlerts.Reason.UNAUTHORIZED_DAY) ? item.key() : item.reason().name())
			.toList();

		assertThat(due).isEqualTo(expected.isBlank() ? List.of() : Stream.of(expected.split(";")).map(String::trim).toList());
	}

	private static LocalDate date(String text) {
		return LocalDate.parse(text.length() == 5 ? "2026-" + text : text);
	}

}
