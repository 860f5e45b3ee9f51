package org.clinicops.scheduling.waitlist;

import org.clinicops.scheduling.enrollment.WaitlistPriority;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class WaitlistOrderTest {

	@ParameterizedTest(name = "pregnant={0} injects={1} -> {2}")
	@CsvSource({ "true, false, PREGNANT, 0", "true, true, PREGNANT, 0", "false, true, INJECTS_DRUGS, 1",
			"false, false, NONE, 2" })
	void pregnantPeopleComeFirstThenPeopleWhoInjectDrugs(boolean pregnant, boolean injects, WaitlistPriority expected,
			int rank) {
		assertThat(WaitlistPriority.of(pregnant, injects)).isEqualTo(expected);
		assertThat(expected.rank()).isEqualTo(rank);
	}

}
