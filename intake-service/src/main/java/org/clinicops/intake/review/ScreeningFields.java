package org.clinicops.intake.review;

import static org.clinicops.common.pages.FormValues.blankToNull;
import static org.clinicops.common.pages.FormValues.choice;
import static org.clinicops.common.pages.FormValues.yesNo;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.clinicops.contracts.Cohort;
import org.clinicops.contracts.Focus;
import org.clinicops.intake.screening.CoOccurringSeverity;
import org.clinicops.intake.screening.Screening;

/**
 * The screening form as the browser posts it: text, read leniently into a {@link Screening} so that
 * the API's own validation judges it. What cannot even be read is reported by field.
 */
public record ScreeningFields(String dangerToSelfOrOthers, String needsDetox, String needs24HourSupervision,
		String substanceFreeHome, String supportSystemAtHome, String continuingWorkOrSchool,
		String steppingDownFromInpatient, String adolescent, String needsMedicationManagement,
		String needsPsychiatricCare, String pregnant, String injectionDrugUse, String coOccurringSeverity,
		String primaryFocus, String cohort, String notes) {

	/** The yes/no criteria in the order the form asks them; their questions are in messages.properties. */
	static final List<String> YES_NO_QUESTIONS = List.of("dangerToSelfOrOthers", "needsDetox",
			"needs24HourSupervision", "substanceFreeHome", "supportSystemAtHome", "continuingWorkOrSchool",
			"steppingDownFromInpatient", "adolescent", "needsMedicationManagement", "needsPsychiatricCare", "pregnant",
			"injectionDrugUse");

	static ScreeningFields empty() {
		return new ScreeningFields(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null);
	}

	/** A stored screening as the form shows it, for correction. */
	static ScreeningFields of(Screening screening) {
		return new ScreeningFields(text(screening.dangerToSelfOrOthers()), text(screening.needsDetox()),
				text(screening.needs24HourSupervision()), text(screening.substanceFreeHome()),
				text(screening.supportSystemAtHome()), text(screening.continuingWorkOrSchool()),
				text(screening.steppingDownFromInpatient()), text(screening.adolescent()),
				text(screening.needsMedicationManagement()), text(screening.needsPsychiatricCare()),
				text(screening.pregnant()), text(screening.injectionDrugUse()), text(screening.coOccurringSeverity()),
				text(screening.primaryFocus()), text(screening.cohort()), screening.notes());
	}

	/** The answer given to one of the {@link #YES_NO_QUESTIONS}. */
	public String answer(String question) {
		return switch (question) {
			case "dangerToSelfOrOthers" -> this.dangerToSelfOrOthers;
			case "needsDetox" -> this.needsDetox;
			case "needs24HourSupervision" -> this.needs24HourSupervision;
			case "substanceFreeHome" -> this.substanceFreeHome;
			case "supportSystemAtHome" -> this.supportSystemAtHome;
			case "continuingWorkOrSchool" -> this.continuingWorkOrSchool;
			case "steppingDownFromInpatient" -> this.steppingDownFromInpatient;
			case "adolescent" -> this.adolescent;
			case "needsMedicationManagement" -> this.needsMedicationManagement;
			case "needsPsychiatricCare" -> this.needsPsychiatricCare;
			case "pregnant" -> this.pregnant;
			case "injectionDrugUse" -> this.injectionDrugUse;
			default -> throw new IllegalArgumentException("no yes/no question " + question);
		};
	}

	Screening toScreening(Map<String, String> errors) {
		return new Screening(yesNo("needsDetox", this.needsDetox, errors),
				yesNo("needs24HourSupervision", this.needs24HourSupervision, errors),
				yesNo("dangerToSelfOrOthers", this.dangerToSelfOrOthers, errors),
				yesNo("supportSystemAtHome", this.supportSystemAtHome, errors),
				yesNo("substanceFreeHome", this.substanceFreeHome, errors),
				choice("coOccurringSeverity", this.coOccurringSeverity, CoOccurringSeverity.class, errors),
				yesNo("continuingWorkOrSchool", this.continuingWorkOrSchool, errors),
				yesNo("steppingDownFromInpatient", this.steppingDownFromInpatient, errors),
				yesNo("adolescent", this.adolescent, errors), choice("primaryFocus", this.primaryFocus, Focus.class, errors),
				choice("cohort", this.cohort, Cohort.class, errors),
				yesNo("needsMedicationManagement", this.needsMedicationManagement, errors),
				yesNo("needsPsychiatricCare", this.needsPsychiatricCare, errors), yesNo("pregnant", this.pregnant, errors),
				yesNo("injectionDrugUse", this.injectionDrugUse, errors), blankToNull(this.notes));
	}

	private static String text(Object value) {
		return Objects.toString(value, null);
	}

}
