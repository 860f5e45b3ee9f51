package org.clinicops.notification.routing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.clinicops.common.events.ClinicEvent;
import org.clinicops.common.events.Cohort;
import org.clinicops.common.events.EvaluationAccepted;
import org.clinicops.common.events.EvaluationDeclined;
import org.clinicops.common.events.EvaluationReferred;
import org.clinicops.common.events.EvaluationRequested;
import org.clinicops.common.events.Focus;
import org.clinicops.common.events.GroupAssigned;
import org.clinicops.common.events.LevelOfCare;
import org.clinicops.common.events.PatientEnrolled;
import org.clinicops.common.events.PatientWaitlisted;
import org.clinicops.common.events.ReferralSource;
import org.clinicops.common.events.RiskFlagRaised;
import org.clinicops.common.events.Track;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class AlertRouterTest {

	private static final Instant NOW = Instant.parse("2026-11-28T11:00:00Z");

	private static final LocalDate START = LocalDate.of(2026, 12, 7);

	private static final Map<String, ClinicEvent> EVENTS = Map.of(
			"requested", new EvaluationRequested("ev-1", "J.D.", List.of(Focus.EATING_DISORDER), ReferralSource.FAMILY, NOW),
			"risk-flag", new RiskFlagRaised("ev-1", "J.D.", NOW),
			"accepted", new EvaluationAccepted("ev-1", "J.D.", Focus.SUBSTANCE_USE, Cohort.WOMEN, true, false, true, false,
					true, START, NOW),
			"referred", new EvaluationReferred("ev-1", "J.D.", LevelOfCare.RESIDENTIAL, NOW),
			"declined", new EvaluationDeclined("ev-1", "J.D.", NOW),
			"enrolled", new PatientEnrolled("ev-1", "en-1", "J.D.", Track.EVENING, Focus.SUBSTANCE_USE, Cohort.WOMEN,
					"th-1", "Ana Ruiz", START, NOW),
			"enrolled-no-therapist", new PatientEnrolled("ev-1", "en-1", "J.D.", Track.EVENING, Focus.SUBSTANCE_USE,
					Cohort.WOMEN, null, null, START, NOW),
			"group-assigned", new GroupAssigned("ev-1", "en-1", "J.D.", "g-1", "Women's Recovery (evening)", "Maya Chen",
					Track.EVENING, NOW),
			"waitlisted", new PatientWaitlisted("ev-1", "en-1", "J.D.", Focus.MENTAL_HEALTH, Cohort.VETERANS,
					Track.MORNING, true, LocalDate.of(2026, 12, 12), NOW));

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
		for (AlertSpec spec : this.router.route(EVENTS.get(event))) {
			assertThat(spec.text()).contains("J.D.")
				.doesNotContainIgnoringCase("substance")
				.doesNotContainIgnoringCase("eating")
				.doesNotContainIgnoringCase("mental")
				.doesNotContainIgnoringCase("pregnan")
				.doesNotContainIgnoringCase("veteran")
				.doesNotContainIgnoringCase("women");
			assertThat(spec.link()).startsWith("http://").endsWith("ev-1");
		}
	}

}
