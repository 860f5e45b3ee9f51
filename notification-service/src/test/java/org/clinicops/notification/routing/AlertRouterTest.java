package org.clinicops.notification.routing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.clinicops.contracts.AdmitByNear;
import org.clinicops.contracts.AppointmentKind;
import org.clinicops.contracts.AppointmentUnplaceable;
import org.clinicops.contracts.AttendanceUnrecorded;
import org.clinicops.contracts.AuthorizationEnding;
import org.clinicops.contracts.AuthorizationLow;
import org.clinicops.contracts.AuthorizationRecorded;
import org.clinicops.contracts.AuthorizationReviewDue;
import org.clinicops.contracts.BenefitsUnverified;
import org.clinicops.contracts.BenefitsVerified;
import org.clinicops.contracts.ClinicEvent;
import org.clinicops.contracts.Cohort;
import org.clinicops.contracts.DischargeReason;
import org.clinicops.contracts.EvaluationAccepted;
import org.clinicops.contracts.EvaluationDeclined;
import org.clinicops.contracts.EvaluationReferred;
import org.clinicops.contracts.EvaluationRequested;
import org.clinicops.contracts.EvaluationScreened;
import org.clinicops.contracts.EvaluationWithdrawn;
import org.clinicops.contracts.Focus;
import org.clinicops.contracts.GroupAssigned;
import org.clinicops.contracts.GroupFull;
import org.clinicops.contracts.LevelOfCare;
import org.clinicops.contracts.PatientDischarged;
import org.clinicops.contracts.PatientEnrolled;
import org.clinicops.contracts.PatientWaitlisted;
import org.clinicops.contracts.PlanOutOfRange;
import org.clinicops.contracts.ReferralSource;
import org.clinicops.contracts.RiskFlagRaised;
import org.clinicops.contracts.SessionsMissed;
import org.clinicops.contracts.Track;
import org.clinicops.contracts.UnauthorizedServiceDay;
import org.clinicops.contracts.WeekHoursOutOfRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class AlertRouterTest {

	private static final Instant NOW = Instant.parse("2026-11-28T11:00:00Z");

	private static final LocalDate START = LocalDate.of(2026, 12, 7);

	private static final Map<String, ClinicEvent> EVENTS = Map.ofEntries(
			Map.entry("requested", new EvaluationRequested("ev-1", "J.D.", List.of(Focus.EATING_DISORDER),
					ReferralSource.FAMILY, NOW)),
			Map.entry("screened", new EvaluationScreened("ev-1", "J.D.", LevelOfCare.INTENSIVE_OUTPATIENT, NOW)),
			Map.entry("risk-flag", new RiskFlagRaised("ev-1", "J.D.", NOW)),
			Map.entry("accepted", new EvaluationAccepted("ev-1", "J.D.", Focus.SUBSTANCE_USE, Cohort.WOMEN, true, false,
					true, false, true, START, NOW)),
			Map.entry("referred", new EvaluationReferred("ev-1", "J.D.", LevelOfCare.RESIDENTIAL, NOW)),
			Map.entry("declined", new EvaluationDeclined("ev-1", "J.D.", NOW)),
			Map.entry("withdrawn", new EvaluationWithdrawn("ev-1", "J.D.", NOW)),
			Map.entry("enrolled", new PatientEnrolled("ev-1", "en-1", "J.D.", Track.EVENING, Focus.SUBSTANCE_USE,
					Cohort.WOMEN, "th-1", "Ana Ruiz", START, NOW)),
			Map.entry("enrolled-no-therapist", new PatientEnrolled("ev-1", "en-1", "J.D.", Track.EVENING,
					Focus.SUBSTANCE_USE, Cohort.WOMEN, null, null, START, NOW)),
			Map.entry("group-assigned", new GroupAssigned("ev-1", "en-1", "J.D.", "g-1", "Women's Recovery (evening)",
					"Maya Chen", Track.EVENING, null, NOW)),
			Map.entry("waitlisted", new PatientWaitlisted("ev-1", "en-1", "J.D.", Focus.MENTAL_HEALTH, Cohort.VETERANS,
					Track.MORNING, true, LocalDate.of(2026, 12, 12), NOW)),
			Map.entry("group-full", new GroupFull("ev-1", "g-1", Focus.SUBSTANCE_USE, Cohort.WOMEN, Track.EVENING, 12,
					NOW)),
			Map.entry("plan-out-of-range", new PlanOutOfRange("ev-1", "en-1", "J.D.", "2026-W50",
					new BigDecimal("5.00"), BigDecimal.valueOf(9), BigDecimal.valueOf(20), NOW)),
			Map.entry("appointment-unplaceable", new AppointmentUnplaceable("ev-1", "en-1", "J.D.",
					AppointmentKind.INDIVIDUAL, "2026-W50", NOW)),
			Map.entry("attendance-unrecorded", new AttendanceUnrecorded("ev-1", "g-1", "G-g-1-202612071800",
					LocalDateTime.of(2026, 12, 7, 18, 0), 9, "Maya Chen", NOW)),
			Map.entry("sessions-missed", new SessionsMissed("ev-1", "en-1", "J.D.", "G-g-1-202612071800",
					LocalDateTime.of(2026, 12, 7, 18, 0), LocalDateTime.of(2026, 12, 8, 17, 0), "Ana Ruiz", NOW)),
			Map.entry("week-hours-under", new WeekHoursOutOfRange("ev-1", "en-1", "J.D.", "2026-W50",
					new BigDecimal("5.50"), BigDecimal.valueOf(9), BigDecimal.valueOf(20), true, "Ana Ruiz", NOW)),
			Map.entry("admit-by-near", new AdmitByNear("ev-1", "en-1", "J.D.", false, LocalDate.of(2026, 12, 12), NOW)),
			Map.entry("discharged", new PatientDischarged("ev-1", "en-1", "J.D.", DischargeReason.COMPLETED, NOW)),
			Map.entry("benefits-verified", new BenefitsVerified("ev-1", true, true, true, NOW)),
			Map.entry("benefits-unverified", new BenefitsUnverified("ev-1", "J.D.", NOW, NOW)),
			Map.entry("authorization-recorded", new AuthorizationRecorded("ev-1", "au-1", LevelOfCare.INTENSIVE_OUTPATIENT,
					12, START, START.plusDays(27), START.plusDays(14), NOW)),
			Map.entry("authorization-low", new AuthorizationLow("ev-1", "J.D.", "au-1", 12, 2, START.plusDays(27), NOW)),
			Map.entry("authorization-ending", new AuthorizationEnding("ev-1", "J.D.", "au-1", START.plusDays(27), 4, NOW)),
			Map.entry("authorization-review-due", new AuthorizationReviewDue("ev-1", "J.D.", "au-1", START.plusDays(14),
					NOW)),
			Map.entry("unauthorized-service-day", new UnauthorizedServiceDay("ev-1", "J.D.", START, NOW)));

	private final AlertRouter router = new AlertRouter("http://intake", "http://scheduling");

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			# event               | alerts as type/priority/role/recipient, one per recipient
			requested             | EVALUATION_REQUESTED/NORMAL/INTAKE_COORDINATOR/
			risk-flag             | RISK_FLAG_RAISED/URGENT/PROGRAM_DIRECTOR/ ; RISK_FLAG_RAISED/URGENT/CLINICIAN/
			accepted              | EVALUATION_ACCEPTED/INFO/INTAKE_COORDINATOR/
			referred              | EVALUATION_REFERRED/HIGH/INTAKE_COORDINATOR/
			declined              | ''
			enrolled              | PATIENT_ENROLLED/NORMAL/CLINICIAN/Ana Ruiz
			enrolled-no-therapist | THERAPIST_NEEDED/HIGH/SCHEDULER/
			group-assigned        | GROUP_ASSIGNED/NORMAL/CLINICIAN/Maya Chen
			waitlisted            | PATIENT_WAITLISTED/HIGH/SCHEDULER/ ; PATIENT_WAITLISTED/HIGH/PROGRAM_DIRECTOR/
			group-full            | GROUP_FULL/NORMAL/PROGRAM_DIRECTOR/
			plan-out-of-range     | PLAN_OUT_OF_RANGE/HIGH/SCHEDULER/
			admit-by-near         | ADMIT_BY_NEAR/HIGH/SCHEDULER/ ; ADMIT_BY_NEAR/HIGH/PROGRAM_DIRECTOR/
			appointment-unplaceable | APPOINTMENT_UNPLACEABLE/HIGH/SCHEDULER/
			attendance-unrecorded | ATTENDANCE_UNRECORDED/NORMAL/CLINICIAN/Maya Chen
			sessions-missed       | SESSIONS_MISSED/HIGH/CLINICIAN/Ana Ruiz ; SESSIONS_MISSED/HIGH/INTAKE_COORDINATOR/
			week-hours-under      | WEEK_HOURS_OUT_OF_RANGE/HIGH/CLINICIAN/Ana Ruiz ; WEEK_HOURS_OUT_OF_RANGE/HIGH/PROGRAM_DIRECTOR/
			screened              | ''
			withdrawn             | ''
			discharged            | ''
			benefits-verified     | ''
			benefits-unverified   | BENEFITS_UNVERIFIED/HIGH/INTAKE_COORDINATOR/
			authorization-recorded | ''
			authorization-low     | AUTHORIZATION_LOW/HIGH/INTAKE_COORDINATOR/
			authorization-ending  | AUTHORIZATION_ENDING/HIGH/INTAKE_COORDINATOR/
			authorization-review-due | AUTHORIZATION_REVIEW_DUE/HIGH/INTAKE_COORDINATOR/
			unauthorized-service-day | UNAUTHORIZED_SERVICE_DAY/HIGH/INTAKE_COORDINATOR/ ; UNAUTHORIZED_SERVICE_DAY/HIGH/PROGRAM_DIRECTOR/
			""")
	void routesEachEventToItsRecipientsWithItsPriority(String event, String expected) {
		List<String> routed = this.router.route(EVENTS.get(event))
			.stream()
			.map(spec -> spec.alertType() + "/" + spec.priority() + "/" + spec.recipientRole() + "/"
					+ (spec.recipient() != null ? spec.recipient() : ""))
			.toList();

		assertThat(routed).isEqualTo(expected.isBlank() ? List.of() : Stream.of(expected.split(";")).map(String::trim).toList());
	}

	static Stream<String> events() {
		return EVENTS.keySet().stream().sorted();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("events")
	void alertTextsNameThePersonByInitialsAndCarryNoClinicalDetail(String event) {
		boolean aboutAPerson = !event.equals("group-full") && !event.equals("attendance-unrecorded");
		for (AlertSpec spec : this.router.route(EVENTS.get(event))) {
			assertThat(spec.text()).contains(aboutAPerson ? "J.D." : "")
				.doesNotContainIgnoringCase("recovery")
				.doesNotContainIgnoringCase("substance")
				.doesNotContainIgnoringCase("eating")
				.doesNotContainIgnoringCase("mental")
				.doesNotContainIgnoringCase("pregnan")
				.doesNotContainIgnoringCase("veteran")
				.doesNotContainIgnoringCase("women");
			assertThat(spec.link()).startsWith("http://").endsWith(aboutAPerson ? "ev-1" : "g-1");
		}
	}

}
