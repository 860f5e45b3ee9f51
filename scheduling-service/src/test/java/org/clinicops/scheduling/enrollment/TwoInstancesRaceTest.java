package org.clinicops.scheduling.enrollment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.clinicops.contracts.Cohort;
import org.clinicops.contracts.EvaluationAccepted;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.Focus;
import org.clinicops.scheduling.SchedulingApplication;
import org.clinicops.scheduling.SchedulingFixtures;
import org.clinicops.scheduling.groups.Groups;
import org.clinicops.testsupport.ApiClient;
import org.clinicops.testsupport.ClinicInfrastructureInitializer;
import org.clinicops.testsupport.ClinicIntegrationTest;
import org.clinicops.testsupport.EventPublisher;
import org.clinicops.testsupport.TestStaff;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the scheduling service, each a whole application in one consumer group on the
 * same database, consume acceptances that race for the last seat of a group.
 */
@ClinicIntegrationTest
class TwoInstancesRaceTest {

	private static ConfigurableApplicationContext secondInstance;

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	KafkaListenerEndpointRegistry listeners;

	@Autowired
	Enrollments enrollments;

	@Autowired
	Groups groups;

	@AfterAll
	static void stopSecondInstance() {
		if (secondInstance != null) {
			secondInstance.close();
		}
	}

	@BeforeEach
	void twoInstancesShareThePartitions() {
		SchedulingFixtures.emptyProgram(this.mongo);
		if (secondInstance == null) {
			secondInstance = new SpringApplicationBuilder(SchedulingApplication.class)
				.initializers(new ClinicInfrastructureInitializer())
				.properties("server.port=0")
				.run();
		}
		KafkaListenerEndpointRegistry second = secondInstance.getBean(KafkaListenerEndpointRegistry.class);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> hasPartitions(this.listeners) && hasPartitions(second));
	}

	private static boolean hasPartitions(KafkaListenerEndpointRegistry registry) {
		return registry.getListenerContainers()
			.stream()
			.map(MessageListenerContainer::getAssignedPartitions)
			.anyMatch(partitions -> partitions != null && !partitions.isEmpty());
	}

	@Test
	void acceptancesConsumedByTwoInstancesForOneSeatGiveOneAssignmentAndTheRestWaitlisted() {
		ApiClient director = ApiClient.as(TestStaff.DIRECTOR, "http://localhost:" + this.port);
		try (EventPublisher publisher = new EventPublisher()) {
			for (int round = 0; round < 5; round++) {
				String groupId = SchedulingFixtures.createGroup(director, "Last seat " + round, Focus.EATING_DISORDER,
						Cohort.GENERAL, "EVENING", 1);
				List<EvaluationAccepted> racers = new ArrayList<>();
				for (int i = 0; i < 4; i++) {
					racers.add(SchedulingFixtures.accepted(Focus.EATING_DISORDER, Cohort.GENERAL));
				}
				racers.forEach(accepted -> publisher.publish(EventTypes.EVALUATION_ACCEPTED, accepted));

				await().atMost(Duration.ofSeconds(20))
					.until(() -> racers.stream()
						.map(accepted -> this.enrollments.findByEvaluationId(accepted.evaluationId()))
						.allMatch(found -> found.isPresent() && found.get().status() != EnrollmentStatus.PENDING));
				List<EnrollmentStatus> outcomes = racers.stream()
					.map(accepted -> this.enrollments.findByEvaluationId(accepted.evaluationId()).orElseThrow().status())
					.toList();
				assertThat(outcomes).as("round %d", round)
					.containsOnly(EnrollmentStatus.ACTIVE, EnrollmentStatus.WAITLISTED)
					.filteredOn(status -> status == EnrollmentStatus.ACTIVE)
					.hasSize(1);
				assertThat(this.groups.findById(groupId).orElseThrow().seatsLeft()).isZero();
				assertThat(this.groups.findById(groupId).orElseThrow().holders()).hasSize(1);
				this.groups.deleteById(groupId);
				// The waitlisted would otherwise be promoted into the next round's new group.
				this.enrollments.deleteAll();
			}
		}
	}

}
