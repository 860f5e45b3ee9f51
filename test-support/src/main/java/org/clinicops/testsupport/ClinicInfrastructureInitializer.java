package org.clinicops.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a service's test context at the shared {@link TestInfrastructure}: Kafka, the service's
 * own database, the test staff accounts, a short outbox poll so tests wait less, and a
 * {@link TestClock} as the service's clock, so that a test can move time ahead.
 */
public class ClinicInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		TestInfrastructure infrastructure = TestInfrastructure.get();
		String database = environment.getProperty("spring.application.name", "clinic") + "-test";
		Map<String, Object> properties = new LinkedHashMap<>(TestStaff.asProperties());
		properties.put("spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers());
		properties.put("spring.mongodb.uri", infrastructure.mongoUri(database));
		properties.put("clinic.outbox.poll-interval", "50ms");
		properties.put("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens.publicKeyLocation());
		environment.getPropertySources().addFirst(new MapPropertySource("clinicTestInfrastructure", properties));
		context.getBeanFactory().registerSingleton("clock", TestClock.running());
		TestInfrastructure.attach(context);
	}

}
