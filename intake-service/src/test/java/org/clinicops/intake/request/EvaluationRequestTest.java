package org.clinicops.intake.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.clinicops.common.outbox.OutboxEvent;
import org.clinicops.common.web.InvalidFieldException;
import org.clinicops.common.web.StateConflictException;
import org.clinicops.contracts.Cohort;
import org.clinicops.contracts.ContactChannel;
import org.clinicops.contracts.EventJson;
import org.clinicops.contracts.Focus;
import org.clinicops.contracts.LevelOfCare;
import org.clinicops.contracts.PatientContact;
import org.clinicops.contracts.ReferralSource;
import org.clinicops.contracts.Topics;
import org.clinicops.intake.screening.CoOccurringSeverity;
import org.clinicops.intake.screening.DecisionForm;
import org.clinicops.intake.screening.DecisionOutcome;
import org.clinicops.intake.screening.LevelOfCareRules;
import org.clinicops.intake.screening.Screening;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvaluationRequestTest {

	private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

	private static final LocalDate NEXT_MONDAY = LocalDate.of(2026, 11, 30);

	private static EvaluationRequest received() {
		return EvaluationRequest.submit("ev-1", new EvaluationRequestForm("jordan", "rivera", LocalDate.of(1990, 4, 12),
				"+1 555 010 2030", null, ContactChannel.SMS, true, List.of(Focus.SUBSTANCE_USE), "Please call.",
				ReferralSource.SELF, null, true, false), NOW);
	}

	private static Screening screening(boolean danger, boolean substanceFreeHome) {
		return new Screening(false, false, danger, true, substanceFreeHome, CoOccurringSeverity.NONE, true, false, false,
				Focus.SUBSTANCE_USE, Cohort.GENERAL, false, false, true, false, "notes stay in intake");
	}

	private static EvaluationRequest screened(boolean substanceFreeHome) {
		EvaluationRequest request = received();
		Screening screening = screening(false, substanceFreeHome);
		request.screen(screening, new LevelOfCareRules().recommend(screening), "clinician", NOW);
		return request;
	}

	private static List<String> eventTypes(EvaluationRequest request) {
		return request.pendingEvents().stream().map(OutboxEvent::type).toList();
	}

	@ParameterizedTest(name = "recommended {0}: {1} {2} reason=''{3}'' -> {4}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			# recommended        | outcome  | level                   | reason          | result
			INTENSIVE_OUTPATIENT | ACCEPTED | INTENSIVE_OUTPATIENT    | -               | ACCEPTED evaluation-accepted
			INTENSIVE_OUTPATIENT | ACCEPTED | RESIDENTIAL             | not for IOP     | 400 levelOfCare
			INTENSIVE_OUTPATIENT | REFERRED | RESIDENTIAL             | -               | 400 reason
			INTENSIVE_OUTPATIENT | REFERRED | INTENSIVE_OUTPATIENT    | elsewhere       | 400 levelOfCare
			INTENSIVE_OUTPATIENT | DECLINED | INTENSIVE_OUTPATIENT    | -               | 400 reason
			INTENSIVE_OUTPATIENT | DECLINED | INTENSIVE_OUTPATIENT    | moved away      | DECLINED evaluation-declined
			RESIDENTIAL          | ACCEPTED | INTENSIVE_OUTPATIENT    | -               | 400 reason
			RESIDENTIAL          | ACCEPTED | INTENSIVE_OUTPATIENT    | sober housing   | ACCEPTED evaluation-accepted
			RESIDENTIAL          | REFERRED | RESIDENTIAL             | bed available   | REFERRED evaluation-referred
			""")
	void decisionsFollowOrDepartFromTheRecommendationOnlyWithAReason(LevelOfCare recommended, DecisionOutcome outcome,
			LevelOfCare level, String reason, String result) {
		EvaluationRequest request = screened(recommended == LevelOfCare.INTENSIVE_OUTPATIENT);
		assertThat(request.latestScreening().orElseThrow().recommendation().levelOfCare()).isEqualTo(recommended);
		List<String> eventsBefore = eventTypes(request);
		DecisionForm decision = new DecisionForm(outcome, level, reason, null);

		if (result.startsWith("400")) {
			assertThatThrownBy(() -> request.decide(decision, "clinician", NEXT_MONDAY, NOW))
				.isInstanceOfSatisfying(InvalidFieldException.class,
						ex -> assertThat(ex.field()).isEqualTo(result.split(" ")[1]));
			assertThat(request.status()).isEqualTo(EvaluationStatus.SCREENED);
			assertThat(eventTypes(request)).isEqualTo(eventsBefore);
			return;
		}
		request.decide(decision, "clinician", NEXT_MONDAY, NOW);
		assertThat(request.status().name()).isEqualTo(result.split(" ")[0]);
		assertThat(eventTypes(request).subList(eventsBefore.size(), eventTypes(request).size())).first()
			.asString()
			.contains(result.split(" ")[1]);
		assertThat(request.decision().againstRecommendation()).isEqualTo(level != recommended);
	}

	@Test
	void anAcceptedEvaluationStartsOnTheNextProgramDayUnlessADateIsGiven() {
		EvaluationRequest request = screened(true);

		request.decide(new DecisionForm(DecisionOutcome.ACCEPTED, LevelOfCare.INTENSIVE_OUTPATIENT, null, null),
				"clinician", NEXT_MONDAY, NOW);

		assertThat(request.decision().startDate()).isEqualTo(NEXT_MONDAY);
	}

	@Test
	void onlyAScreenedRequestCanBeDecidedAndADecidedOneCannotBeScreenedAgain() {
		EvaluationRequest request = received();
		DecisionForm accept = new DecisionForm(DecisionOutcome.ACCEPTED, LevelOfCare.INTENSIVE_OUTPATIENT, null, null);

		assertThatThrownBy(() -> request.decide(accept, "clinician", NEXT_MONDAY, NOW))
			.isInstanceOf(StateConflictException.class)
			.hasMessageContaining("RECEIVED");
		Screening screening = screening(false, true);
		request.screen(screening, new LevelOfCareRules().recommend(screening), "clinician", NOW);
		request.decide(accept, "clinician", NEXT_MONDAY, NOW);
		assertThatThrownBy(() -> request.screen(screening, new LevelOfCareRules().recommend(screening), "clinician", NOW))
			.isInstanceOf(StateConflictException.class)
			.hasMessageContaining("ACCEPTED");
	}

	@Test
	void aCorrectedScreeningKeepsTheHistoryAndRaisesARiskFlagOnlyOnce() {
		EvaluationRequest request = received();
		Screening danger = screening(true, true);
		LevelOfCareRules rules = new LevelOfCareRules();

		boolean first = request.screen(danger, rules.recommend(danger), "clinician", NOW);
		boolean correction = request.screen(danger, rules.recommend(danger), "clinician", NOW);

		assertThat(first).isTrue();
		assertThat(correction).isFalse();
		assertThat(request.screenings()).hasSize(2);
		assertThat(eventTypes(request)).filteredOn(type -> type.contains("risk-flag")).hasSize(1);
	}

	@Test
	void eventsCarryInitialsAndNoPersonalDetails() {
		EvaluationRequest request = screened(true);
		request.decide(new DecisionForm(DecisionOutcome.ACCEPTED, LevelOfCare.INTENSIVE_OUTPATIENT, null, null),
				"clinician", NEXT_MONDAY, NOW);

		assertThat(request.pendingEvents()).filteredOn(event -> !event.topic().equals(Topics.INTAKE_CONTACTS))
			.extracting(OutboxEvent::payload)
			.allSatisfy(payload -> assertThat(payload).contains("\"J.R.\"")
				.doesNotContainIgnoringCase("jordan")
				.doesNotContainIgnoringCase("rivera")
				.doesNotContain("1990", "555", "Please call", "notes stay in intake"));
	}


	@Test
	void theContactTravelsOnlyOnTheContactsTopicAndHoldsNoMoreThanAMessageNeeds() {
		EvaluationRequest request = received();

		assertThat(request.pendingEvents()).filteredOn(event -> event.topic().equals(Topics.INTAKE_CONTACTS))
			.singleElement()
			.satisfies(contact -> {
				assertThat(contact.key()).isEqualTo("ev-1");
				assertThat(EventJson.read(contact.payload(), PatientContact.class))
					.isEqualTo(new PatientContact("ev-1", "jordan", ContactChannel.SMS, "+1 555 010 2030"));
			});
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			# how the request ends                  | contact tombstone
			withdrawn before screening              | true
			withdrawn after screening               | true
			referred                                | true
			declined                                | true
			accepted                                | false
			""")
	void theContactIsForgottenOnceNoPatientMessageWillFollow(String ending, boolean tombstone) {
		EvaluationRequest request = ending.equals("withdrawn before screening") ? received() : screened(true);
		switch (ending.split(" ")[0]) {
			case "withdrawn" -> request.withdraw("coordinator", NOW);
			case "referred" -> request.decide(
					new DecisionForm(DecisionOutcome.REFERRED, LevelOfCare.OUTPATIENT, "a lower level suffices", null),
					"clinician", NEXT_MONDAY, NOW);
			case "declined" -> request.decide(
					new DecisionForm(DecisionOutcome.DECLINED, LevelOfCare.INTENSIVE_OUTPATIENT, "moved away", null),
					"clinician", NEXT_MONDAY, NOW);
			default -> request.decide(
					new DecisionForm(DecisionOutcome.ACCEPTED, LevelOfCare.INTENSIVE_OUTPATIENT, null, null), "clinician",
					NEXT_MONDAY, NOW);
		}

		assertThat(request.pendingEvents())
			.filteredOn(event -> event.topic().equals(Topics.INTAKE_CONTACTS) && event.payload() == null)
			.hasSize(tombstone ? 1 : 0)
			.allSatisfy(event -> assertThat(event.key()).isEqualTo("ev-1"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "ACCEPTED", "REFERRED", "DECLINED", "WITHDRAWN" })
	void onlyAnUndecidedRequestCanBeWithdrawnAndARefusalNamesTheStatus(EvaluationStatus ending) {
		EvaluationRequest request = screened(true);
		switch (ending) {
			case ACCEPTED -> request.decide(
					new DecisionForm(DecisionOutcome.ACCEPTED, LevelOfCare.INTENSIVE_OUTPATIENT, null, null), "clinician",
					NEXT_MONDAY, NOW);
			case REFERRED -> request.decide(
					new DecisionForm(DecisionOutcome.REFERRED, LevelOfCare.OUTPATIENT, "a lower level suffices", null),
					"clinician", NEXT_MONDAY, NOW);
			case DECLINED -> request.decide(
					new DecisionForm(DecisionOutcome.DECLINED, LevelOfCare.INTENSIVE_OUTPATIENT, "moved away", null),
					"clinician", NEXT_MONDAY, NOW);
			default -> request.withdraw("coordinator", NOW);
		}
		List<String> eventsBefore = eventTypes(request);

		assertThatThrownBy(() -> request.withdraw("coordinator", NOW)).isInstanceOf(StateConflictException.class)
			.hasMessageContaining("The request is " + ending);
		assertThat(request.status()).isEqualTo(ending);
		assertThat(eventTypes(request)).isEqualTo(eventsBefore);
	}

	@Test
	void theHistorySaysWhoDidWhatInOrder() {
		EvaluationRequest request = screened(false);
		Screening corrected = screening(false, true);
		request.screen(corrected, new LevelOfCareRules().recommend(corrected), "clinician-2", NOW.plusSeconds(60));
		request.decide(new DecisionForm(DecisionOutcome.ACCEPTED, LevelOfCare.INTENSIVE_OUTPATIENT, null, null),
				"clinician-2", NEXT_MONDAY, NOW.plusSeconds(120));

		assertThat(request.history()).extracting(entry -> entry.by() + ": " + entry.what())
			.containsExactly("the person (SELF): requested an evaluation",
					"clinician: screened; recommended RESIDENTIAL",
					"clinician-2: corrected the screening; recommended INTENSIVE_OUTPATIENT",
					"clinician-2: decided ACCEPTED (INTENSIVE_OUTPATIENT)");
	}

}
