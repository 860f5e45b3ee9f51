package org.clinicops.intake.coverage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.clinicops.contracts.LevelOfCare;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceDaysTest {

	private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			# case                                   | records, applied in order: session date P(attended)/N(not) minute recorded | authorizations: id units from to | counted per authorization       | unauthorized days
			one attended session                     | s1 12-07 P 1                                  | a 5 12-01 12-31                 | a=12-07                         | ''
			two sessions one day use one unit        | s1 12-07 P 1 ; s2 12-07 P 2                   | a 5 12-01 12-31                 | a=12-07                         | ''
			a no-show is no service day              | s1 12-07 N 1                                  | a 5 12-01 12-31                 | a=                              | ''
			correction to no-show gives the unit back | s1 12-07 P 1 ; s1 12-07 N 2                  | a 5 12-01 12-31                 | a=                              | ''
			correction keeps the day another session made | s1 12-07 P 1 ; s2 12-07 P 2 ; s1 12-07 N 3 | a 5 12-01 12-31               | a=12-07                         | ''
			correction from no-show to present counts | s1 12-07 N 1 ; s1 12-07 P 2                  | a 5 12-01 12-31                 | a=12-07                         | ''
			duplicate delivery changes nothing       | s1 12-07 P 1 ; s1 12-07 P 1 ; s1 12-07 P 1    | a 5 12-01 12-31                 | a=12-07                         | ''
			an older record delivered late is passed over | s1 12-07 N 5 ; s1 12-07 P 2              | a 5 12-01 12-31                 | a=                              | ''
			out-of-order corrections end at the latest | s1 12-07 P 3 ; s1 12-07 N 1 ; s1 12-07 N 2  | a 5 12-01 12-31                 | a=12-07                         | ''
			a date outside every authorization       | s1 11-30 P 1 ; s2 12-07 P 2                   | a 5 12-01 12-31                 | a=12-07                         | 11-30
			no authorization at all                  | s1 12-07 P 1                                  | ''                              | ''                              | 12-07
			units used up: later days unauthorized   | s1 12-07 P 1 ; s2 12-08 P 2 ; s3 12-09 P 3    | a 2 12-01 12-31                 | a=12-07,12-08                   | 12-09
			each day goes to the authorization covering it | s1 12-07 P 1 ; s2 12-15 P 2 ; s3 12-16 P 3 | a 5 12-01 12-14 ; b 5 12-15 12-31 | a=12-07 ; b=12-15,12-16   | ''
			a unit given back frees room for a later day | s1 12-07 P 1 ; s2 12-08 P 2 ; s3 12-09 P 3 ; s1 12-07 N 4 | a 2 12-01 12-31 | a=12-08,12-09       | ''
			""")
	void countsServiceDaysAndAllocatesThemToAuthorizations(String name, String records, String authorizations,
			String counted, String unauthorized) {
		List<AttendanceMark> marks = new ArrayList<>();
		for (String record : split(records)) {
			String[] parts = record.split(" ");
			marks = ServiceDays.apply(marks, new AttendanceMark(parts[0], date(parts[1]), parts[2].equals("P"),
					T0.plusSeconds(60L * Integer.parseInt(parts[3]))));
		}
		List<Authorization> given = split(authorizations).stream().map(ServiceDaysTest::authorization).toList();

		ServiceDays.Allocation allocation = ServiceDays.allocate(given, ServiceDays.of(marks));

		for (String expected : split(counted)) {
			String[] parts = expected.split("=", -1);
			assertThat(allocation.countedFor(parts[0])).as("days counted for " + parts[0])
				.isEqualTo(parts[1].isEmpty() ? List.of() : Stream.of(parts[1].split(",")).map(ServiceDaysTest::date).toList());
		}
		assertThat(allocation.unauthorized())
			.isEqualTo(unauthorized.isBlank() ? List.of() : Stream.of(unauthorized.split(",")).map(ServiceDaysTest::date).toList());
	}

	private static Authorization authorization(String text) {
		String[] parts = text.split(" ");
		return new Authorization(parts[0], "N-" + parts[0], LevelOfCare.INTENSIVE_OUTPATIENT, Integer.parseInt(parts[1]),
				date(parts[2]), date(parts[3]), null, "coordinator", T0);
	}

	private static List<String> split(String list) {
		return (list == null || list.isBlank()) ? List.of() : Stream.of(list.split(";")).map(String::trim).toList();
	}

	private static LocalDate date(String monthDay) {
		return LocalDate.parse("2026-" + monthDay.trim());
	}

}
