package org.clinicops.intake;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.clinicops.common.events.LevelOfCare;
import org.clinicops.common.events.ReferralSource;

import org.springframework.stereotype.Component;

/** The intake flow as counters; tags are bounded enumerations, never a person's id. */
@Component
public class IntakeMetrics {

	private final MeterRegistry registry;

	IntakeMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	public void requestReceived(ReferralSource source) {
		Counter.builder("clinic.evaluations.received")
			.description("Evaluation requests received")
			.tag("source", source.name())
			.register(this.registry)
			.increment();
	}

	public void decided(String outcome, LevelOfCare levelOfCare) {
		Counter.builder("clinic.evaluations.decisions")
			.description("Clinicians' decisions on screened evaluations")
			.tag("outcome", outcome)
			.tag("level_of_care", levelOfCare.name())
			.register(this.registry)
			.increment();
	}

	public void screened(LevelOfCare recommended) {
		Counter.builder("clinic.evaluations.screenings")
			.description("Screenings recorded (corrections included), by the level of care recommended")
			.tag("recommended_level", recommended.name())
			.register(this.registry)
			.increment();
	}

	public void riskFlagRaised() {
		Counter.builder("clinic.evaluations.risk.flags").description("Risk flags raised at screening")
			.register(this.registry)
			.increment();
	}

}
