package org.clinicops.intake;

import org.clinicops.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StaffAccountsTest {

	@Test
	void aServiceWithoutStaffAccountsRefusesToStartAndSaysWhatToSet() {
		TestInfrastructure infrastructure = TestInfrastructure.get();
		SpringApplicationBuilder withoutAccounts = new SpringApplicationBuilder(IntakeApplication.class);

		assertThatThrownBy(() -> withoutAccounts.run("--server.port=0",
				"--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
				"--spring.mongodb.uri=" + infrastructure.mongoUri("intake-no-accounts")))
			.rootCause()
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("No staff accounts are configured")
			.hasMessageContaining("CLINIC_SECURITY_USERS_<NAME>_PASSWORD");
	}

}
