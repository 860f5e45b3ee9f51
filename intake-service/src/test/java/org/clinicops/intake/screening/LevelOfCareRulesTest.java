package org.clinicops.intake.screening;

import java.util.stream.Stream;

import org.clinicops.contracts.Cohort;
import org.clinicops.contracts.Focus;
import org.clinicops.contracts.LevelOfCare;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class LevelOfCareRulesTest {

	private final LevelOfCareRules rules = new LevelOfCareRules();

	/** Findings of one screening, written the way a clinician reads them. */
	private static Screening screening(String findings) {
		boolean danger = findings.contains("danger");
		boolean detox = findings.contains("detox");
		boolean supervision = findings.contains("24h");
		boolean usingHome = findings.contains("using-home");
		boolean noSupport = findings.contains("no-support");
		CoOccurringSeverity severity = findings.contains("severe") ? CoOccurringSeverity.SEVERE
				: findings.contains("moderate") ? CoOccurringSeverity.MODERATE : CoOccurringSeverity.NONE;
		return new Screening(detox, supervision, danger, !noSupport, !usingHome, severity, findings.contains("works"),
				findings.contains("step-down"), findings.contains("adolescent"), Focus.SUBSTANCE_USE, Cohort.GENERAL,
				false, false, false, false, null);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({
			// findings                , recommended level       , first reason says
			"none                      , INTENSIVE_OUTPATIENT    , attend the Intensive Outpatient Program",
			"danger                    , CRISIS                  , danger to self or others",
			"detox                     , WITHDRAWAL_MANAGEMENT   , medically managed withdrawal",
			"24h                       , INPATIENT               , 24-hour supervision",
			"using-home                , RESIDENTIAL             , not substance-free",
			"severe                    , PARTIAL_HOSPITALIZATION , Severe co-occurring disorders",
			"no-support                , PARTIAL_HOSPITALIZATION , Without a support system at home",
			"moderate                  , INTENSIVE_OUTPATIENT    , attend the Intensive Outpatient Program",
			"works                     , INTENSIVE_OUTPATIENT    , attend the Intensive Outpatient Program",
			"adolescent                , INTENSIVE_OUTPATIENT    , attend the Intensive Outpatient Program",
			"adolescent danger         , CRISIS                  , danger to self or others",
			"step-down                 , INTENSIVE_OUTPATIENT    , attend the Intensive Outpatient Program",
			"step-down 24h             , INPATIENT               , 24-hour supervision" })
	void eachRuleAloneRecommendsItsLevel(String findings, LevelOfCare expected, String reason) {
		Recommendation recommendation = this.rules.recommend(screening(findings));

		assertThat(recommendation.levelOfCare()).isEqualTo(expected);
		assertThat(recommendation.reasons().get(0)).contains(reason);
	}

	static Stream<Arguments> pairsOfRules() {
		String[] inOrder = { "danger", "detox", "24h", "using-home", "severe", "no-support" };
		LevelOfCare[] levels = { LevelOfCare.CRISIS, LevelOfCare.WITHDRAWAL_MANAGEMENT, LevelOfCare.INPATIENT,
				LevelOfCare.RESIDENTIAL, LevelOfCare.PARTIAL_HOSPITALIZATION, LevelOfCare.PARTIAL_HOSPITALIZATION };
		Stream.Builder<Arguments> pairs = Stream.builder();
		for (int earlier = 0; earlier < inOrder.length; earlier++) {
			for (int later = earlier + 1; later < inOrder.length; later++) {
				pairs.add(Arguments.of(inOrder[earlier] + " " + inOrder[later], levels[earlier]));
			}
		}
		return pairs.build();
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource("pairsOfRules")
	void theEarlierOfTwoRulesWinsAndTheLaterIsStillNamed(String findings, LevelOfCare expected) {
		Recommendation recommendation = this.rules.recommend(screening(findings));

		assertThat(recommendation.levelOfCare()).isEqualTo(expected);
		assertThat(recommendation.reasons()).hasSize(2);
		assertThat(recommendation.reasons().get(1)).startsWith("Also found: ");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "step-down", "step-down works" })
	void stepDownFromInpatientIsExplainedAsTheUsualPathIntoIop(String findings) {
		Recommendation recommendation = this.rules.recommend(screening(findings));

		assertThat(recommendation.reasons()).anyMatch(reason -> reason.contains("usual step down"));
	}

}
