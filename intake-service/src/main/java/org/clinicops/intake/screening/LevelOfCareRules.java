package org.clinicops.intake.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.clinicops.contracts.LevelOfCare;

/**
 * Recommends a level of care from a screening. The rules are tried in order and the first that
 * fires decides; the reasons also name every later rule that fired, so the clinician sees what
 * else the screening found. IOP suits people who need no detox and no 24-hour supervision, pose
 * no danger, and have a supportive, substance-free home (the clinic's admission guidance).
 */
public final class LevelOfCareRules {

	private record Rule(Predicate<Screening> fires, LevelOfCare levelOfCare, String reason) {
	}

	private static final List<Rule> RULES = List.of(
			new Rule(s -> s.dangerToSelfOrOthers(), LevelOfCare.CRISIS,
					"The person is a danger to self or others: crisis care first, and staff are alerted now."),
			new Rule(s -> s.needsDetox(), LevelOfCare.WITHDRAWAL_MANAGEMENT,
					"The person needs medically managed withdrawal (detox); IOP may follow afterwards."),
			new Rule(s -> s.needs24HourSupervision(), LevelOfCare.INPATIENT,
					"The person needs 24-hour supervision, which only inpatient care gives."),
			new Rule(s -> !s.substanceFreeHome(), LevelOfCare.RESIDENTIAL,
					"The home is not substance-free: a residential program keeps the person away from triggers."),
			new Rule(s -> s.coOccurringSeverity() == CoOccurringSeverity.SEVERE, LevelOfCare.PARTIAL_HOSPITALIZATION,
					"Severe co-occurring disorders need the daily structure of partial hospitalization."),
			new Rule(s -> !s.supportSystemAtHome(), LevelOfCare.PARTIAL_HOSPITALIZATION,
					"Without a support system at home, partial hospitalization gives the daily support IOP lacks."));

	private static final String IOP_REASON = "No criterion calls for a more intensive level: the person can live at "
			+ "home and attend the Intensive Outpatient Program.";

	private static final String STEP_DOWN_REASON = "IOP is the usual step down from the inpatient or residential care "
			+ "the person is leaving.";

	public Recommendation recommend(Screening screening) {
		List<Rule> fired = RULES.stream().filter(rule -> rule.fires().test(screening)).toList();
		if (fired.isEmpty()) {
			List<String> reasons = new ArrayList<>(List.of(IOP_REASON));
			if (screening.steppingDownFromInpatient()) {
				reasons.add(STEP_DOWN_REASON);
			}
			return new Recommendation(LevelOfCare.INTENSIVE_OUTPATIENT, reasons);
		}
		List<String> reasons = new ArrayList<>();
		reasons.add(fired.get(0).reason());
		fired.stream()
			.skip(1)
			.map(rule -> "Also found: " + rule.reason())
			.forEach(reasons::add);
		return new Recommendation(fired.get(0).levelOfCare(), reasons);
	}

}
