package org.clinicops.intake.coverage;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/** Coverage as counters, tagged by bounded codes only. Every series exists from the start at zero. */
@Component
class CoverageMetrics {

	private final MeterRegistry registry;

	CoverageMetrics(MeterRegistry registry) {
		this.registry = registry;
		serviceDays("counted");
		serviceDays("given_back");
		unauthorizedDays();
		for (CoverageAlerts.Reason reason : CoverageAlerts.Reason.values()) {
			alerts(reason);
		}
	}

	void serviceDaysChanged(int counted, int givenBack) {
		serviceDays("counted").increment(counted);
		serviceDays("given_back").increment(givenBack);
	}

	void alertRaised(CoverageAlerts.Reason reason) {
		alerts(reason).increment();
		if (reason == CoverageAlerts.Reason.UNAUTHORIZED_DAY) {
			unauthorizedDays().increment();
		}
	}

	private Counter serviceDays(String change) {
		return Counter.builder("clinic.coverage.service.days")
			.description("Service days counted from attendance, and given back by a correction")
			.tag("change", change)
			.register(this.registry);
	}

	private Counter unauthorizedDays() {
		return Counter.builder("clinic.coverage.unauthorized.service.days")
			.description("Service days no authorization covers while the payer requires one")
			.register(this.registry);
	}

	private Counter alerts(CoverageAlerts.Reason reason) {
		return Counter.builder("clinic.coverage.alerts")
			.description("Coverage alerts raised, by reason")
			.tag("reason", reason.name())
			.register(this.registry);
	}

}
