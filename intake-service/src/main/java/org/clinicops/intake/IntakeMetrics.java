package org.clinicops.intake;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.clinicops.contracts.LevelOfCare;
import org.clinicops.contracts.ReferralSource;
import org.clinicops.intake.screening.DecisionOutcome;

import org.springframework.stereotype.Component;

/**
 * The intake flow as counters; tags are bounded enumerations, never a person's id. Every series
 * exists from the start at zero, so dashboards and {@code increase()} see the first event too.
 */
@Component
public class IntakeMetrics {

	private final MeterRegistry registry;

	IntakeMetrics(MeterRegistry registry) {
		this.registry = registry;
		for (ReferralSource source : ReferralSource.values()) {
			received(source);
		}
		for (LevelOfCare level : LevelOfCare.values()) {
			screenings(level);
			for (DecisionOutcome outcome : DecisionOutcome.values()) {
				decisions(outcome.name(), level);
			}
		}
		riskFlags();
	}

	public void requestReceived(ReferralSource source) {
		received(source).increment();
	}

	public void screened(LevelOfCare recommended) {
		screenings(recommended).increment();
	}

	public void decided(String outcome, LevelOfCare levelOfCare) {
		decisions(outcome, levelOfCare).increment();
	}

	public void riskFlagRaised() {
		riskFlags().increment();
	}

	private Counter received(ReferralSource source) {
		return Counter.builder("clinic.evaluations.received")
			.description("Evaluation requests received")
			.tag("source", source.name())
			.register(this.registry);
	}

	private Counter screenings(LevelOfCare recommended) {
		return Counter.builder("clinic.evaluations.screenings")
			.description("Screenings recorded (corrections included), by the level of care recommended")
			.tag("recommended_level", recommended.name())
			.register(this.registry);
	}

	private Counter decisions(String outcome, LevelOfCare levelOfCare) {
		return Counter.builder("clinic.evaluations.decisions")
			.description("Clinicians' decisions on screened evaluations")
			.tag("outcome", outcome)
			.tag("level_of_care", levelOfCare.name())
			.register(this.registry);
	}

	private Counter riskFlags() {
		return Counter.builder("clinic.evaluations.risk.flags").description("Risk flags raised at screening")
			.register(this.registry);
	}

}
