package org.clinicops.scheduling.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import org.clinicops.common.web.FieldError;
import org.clinicops.contracts.AttendanceStatus;
import org.clinicops.contracts.ClinicalSessionKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which attendance records may be stored. The session is a 180-minute group meeting on Monday
 * 7 December 2026 at 18:00; A.B. is on its roster; the limit is 7 days back.
 */
class AttendanceRulesTest {

	private static final ClinicSession MEETING = new ClinicSession("G-g1-202612071800", ClinicalSessionKind.GROUP, "g1",
			null, LocalDateTime.of(2026, 12, 7, 18, 0), 180, List.of(new ClinicSession.Expected("en-ab", "A.B.")));

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			present, on the roster                 | 2026-12-07T21:00 | en-ab | PRESENT    | -   | false | -         | false | -                                | -
			late with minutes                      | 2026-12-07T21:00 | en-ab | LATE       | 150 | false | -         | false | -                                | -
			left early with minutes                | 2026-12-08T09:00 | en-ab | LEFT_EARLY | 90  | false | -         | false | -                                | -
			excused with a reason code             | 2026-12-07T21:00 | en-ab | EXCUSED    | -   | true  | -         | false | -                                | -
			a no-show                              | 2026-12-07T21:00 | en-ab | NO_SHOW    | -   | false | -         | false | -                                | -
			a correction with its reason           | 2026-12-09T09:00 | en-ab | NO_SHOW    | -   | false | misread   | true  | -                                | -
			seven days later                       | 2026-12-14T23:00 | en-ab | PRESENT    | -   | false | -         | false | -                                | -
			once the session has started           | 2026-12-07T18:00 | en-ab | PRESENT    | -   | false | -         | false | -                                | -
			not on the roster                      | 2026-12-07T21:00 | en-cd | PRESENT    | -   | false | -         | false | records[0].enrollmentId          | is not expected at this session
			before the session starts              | 2026-12-07T17:59 | en-ab | PRESENT    | -   | false | -         | false | records                          | are for a session that has not started yet
			eight days later                       | 2026-12-15T09:00 | en-ab | PRESENT    | -   | false | -         | false | records                          | are for a session more than 7 days back
			late without minutes                   | 2026-12-07T21:00 | en-ab | LATE       | -   | false | -         | false | records[0].minutesAttended       | must be 1 to 179 minutes for LATE
			left early for the whole session       | 2026-12-07T21:00 | en-ab | LEFT_EARLY | 180 | false | -         | false | records[0].minutesAttended       | must be 1 to 179 minutes for LEFT_EARLY
			present longer than the session        | 2026-12-07T21:00 | en-ab | PRESENT    | 200 | false | -         | false | records[0].minutesAttended       | is longer than the session
			excused without a reason code          | 2026-12-07T21:00 | en-ab | EXCUSED    | -   | false | -         | false | records[0].reasonCode            | is required for an excused absence
			a second record without a reason       | 2026-12-07T21:00 | en-ab | PRESENT    | -   | false | -         | true  | records[0].correctionReason      | is required: this person's attendance is recorded already
			""")
	void attendanceIsStoredOnlyWhereTheRulesAllow(String label, LocalDateTime now, String enrollmentId,
			AttendanceStatus status, Integer minutes, boolean reasonCode, String correctionReason, boolean recordedBefore,
			String field, String problem) {
		List<FieldError> problems = AttendanceRules.problems(MEETING, now, 7, List.of(new AttendanceRules.Entry(0,
				enrollmentId, status, minutes, reasonCode, correctionReason, MEETING.expects(enrollmentId),
				recordedBefore)));

		if (field == null) {
			assertThat(problems).isEmpty();
		}
		else {
			assertThat(problems).containsExactly(new FieldError(field, problem));
		}
	}

	@ParameterizedTest(name = "{0} counts {3} minutes")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			PRESENT    | -   | 180 | 180
			LATE       | 150 | 180 | 150
			LEFT_EARLY | 60  | 180 | 60
			EXCUSED    | -   | 180 | 0
			NO_SHOW    | -   | 180 | 0
			""")
	void aRecordCountsTheMinutesThePersonWasThere(AttendanceStatus status, Integer given, int sessionMinutes,
			int counted) {
		assertThat(AttendanceRules.minutesCounted(status, given, sessionMinutes)).isEqualTo(counted);
	}

}
