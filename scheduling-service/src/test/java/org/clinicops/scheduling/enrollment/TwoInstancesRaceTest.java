package org.clinicops.scheduling.enrollment;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
import org.springframework.data.mongodb.core.query.Query;
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

	@Autowired
	EnrollmentService enrollmentService;

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
				// A command-line argument, since default properties would lose to application.yml's port.
				.run("--server.port=0");
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

	@Test
	void twoInstancesBookingOneClinicianHourForTwoPeopleGiveOneAppointment() throws Exception {
		ApiClient director = ApiClient.as(TestStaff.DIRECTOR, "http://localhost:" + this.port);
		ApiClient first = ApiClient.as(TestStaff.SCHEDULER, "http://localhost:" + this.port);
		ApiClient second = ApiClient.as(TestStaff.SCHEDULER,
				"http://localhost:" + secondInstance.getEnvironment().getProperty("local.server.port"));
		SchedulingFixtures.createGroup(director, "Evenings", Focus.SUBSTANCE_USE, Cohort.GENERAL, "EVENING", 20);
		String therapistId = director.post("/api/therapists", Map.of("name", "Ana Ruiz", "caseloadCapacity", 20,
				"specialties", List.of("SUBSTANCE_USE"), "workingHours",
				List.of(Map.of("day", "SATURDAY", "start", "08:00", "end", "20:00"))))
			.json()
			.get("id")
			.asString();
		LocalDate saturday = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.SATURDAY)).plusWeeks(1);
		ExecutorService racers = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 8; round++) {
				String start = saturday.atTime(8 + round, 0).toString();
				List<Enrollment> people = List.of(this.enrollmentService.enroll(
						SchedulingFixtures.accepted(Focus.SUBSTANCE_USE, Cohort.GENERAL), "race"),
						this.enrollmentService.enroll(SchedulingFixtures.accepted(Focus.SUBSTANCE_USE, Cohort.GENERAL), "race"));
				CyclicBarrier together = new CyclicBarrier(2);
				Future<Integer> viaFirst = racers.submit(() -> bookAfter(together, first, people.get(0), therapistId, start));
				Future<Integer> viaSecond = racers.submit(() -> bookAfter(together, second, people.get(1), therapistId, start));

				assertThat(List.of(viaFirst.get(), viaSecond.get())).as("round %d", round).containsExactlyInAnyOrder(201, 409);
			}
		}
		finally {
			racers.shutdownNow();
		}
		assertThat(this.mongo.count(new Query(), "appointments")).isEqualTo(8);
	}

	private static int bookAfter(CyclicBarrier together, ApiClient instance, Enrollment person, String therapistId,
			String start) throws Exception {
		together.await();
		return instance.post("/api/enrollments/" + person.id() + "/appointments",
				Map.of("kind", "INDIVIDUAL", "clinicianId", therapistId, "start", start, "minutes", 60))
			.status();
	}

}
