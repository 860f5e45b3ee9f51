package org.clinicops.notification.routing;

import java.time.Duration;

import org.clinicops.contracts.AlertPriority;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class EscalationPolicyTest {

	private final EscalationPolicy policy = new EscalationPolicy(Duration.ofMinutes(15), Duration.ofHours(4));

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(nullValues = "never", value = { "URGENT, PT15M", "HIGH, PT4H", "NORMAL, never", "INFO, never" })
	void urgentAlertsEscalateSoonHighOnesLaterTheRestNever(AlertPriority priority, Duration after) {
		assertThat(this.policy.escalateAfter(priority).orElse(null)).isEqualTo(after);
	}

}
