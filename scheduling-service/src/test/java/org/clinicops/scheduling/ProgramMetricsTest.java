package org.clinicops.scheduling;

import java.time.Duration;
import java.time.Instant;

import org.clinicops.contracts.Cohort;
import org.clinicops.contracts.EvaluationAccepted;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.Focus;
import org.clinicops.scheduling.enrollment.EnrollmentStatus;
import org.clinicops.scheduling.enrollment.Enrollments;
import org.clinicops.testsupport.ApiClient;
import org.clinicops.testsupport.ClinicIntegrationTest;
import org.clinicops.testsupport.EventPublisher;
import org.clinicops.testsupport.PrometheusScrape;
import org.clinicops.testsupport.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The program's metrics move with the events that change the program. */
@ClinicIntegrationTest
class ProgramMetricsTest {

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Enrollments enrollments;

	private ApiClient ops;

	private ApiClient director;

	@BeforeEach
	void emptyProgram() {
		SchedulingFixtures.emptyProgram(this.mongo);
		this.ops = ApiClient.as(TestStaff.OPS, "http://localhost:" + this.port);
		this.director = ApiClient.as(TestStaff.DIRECTOR, "http://localhost:" + this.port);
	}

	@Test
	void aSeatTakenRaisesUtilisationAndTimesTheWaitFromAcceptance() {
		SchedulingFixtures.createGroup(this.director, "Evening two", Focus.SUBSTANCE_USE, Cohort.GENERAL, "EVENING", 2);
		PrometheusScrape before = PrometheusScrape.of(this.ops);
		assertThat(before.value("clinic_groups_utilisation", "track", "EVENING")).isZero();

		accept(SchedulingFixtures.accepted(Focus.SUBSTANCE_USE, Cohort.GENERAL, false, false,
				Instant.now().minus(Duration.ofMinutes(3))));

		PrometheusScrape after = scrapeOnce("clinic_pipeline_acceptance_to_enrollment_seconds_count",
				before.value("clinic_pipeline_acceptance_to_enrollment_seconds_count") + 1);
		assertThat(after.value("clinic_groups_utilisation", "track", "EVENING")).isEqualTo(0.5);
		assertThat(after.value("clinic_pipeline_acceptance_to_enrollment_seconds_count", "status", "ACTIVE"))
			.isEqualTo(before.value("clinic_pipeline_acceptance_to_enrollment_seconds_count", "status", "ACTIVE") + 1);
		assertThat(after.value("clinic_pipeline_acceptance_to_enrollment_seconds_max", "status", "ACTIVE"))
			.isGreaterThanOrEqualTo(180);
		assertThat(after.value("clinic_enrollments_total", "track", "EVENING"))
			.isEqualTo(before.value("clinic_enrollments_total", "track", "EVENING") + 1);
	}

	@Test
	void aPersonWithoutASeatGrowsTheWaitlistAndItsOldestWait() {
		PrometheusScrape before = PrometheusScrape.of(this.ops);
		assertThat(before.value("clinic_waitlist_size")).isZero();
		assertThat(before.value("clinic_waitlist_oldest_age_seconds")).isZero();

		accept(SchedulingFixtures.accepted(Focus.EATING_DISORDER, Cohort.GENERAL, false, false,
				Instant.now().minus(Duration.ofHours(2))));
		accept(SchedulingFixtures.accepted(Focus.EATING_DISORDER, Cohort.GENERAL, false, false,
				Instant.now().minus(Duration.ofHours(1))));

		PrometheusScrape after = scrapeOnce("clinic_pipeline_acceptance_to_enrollment_seconds_count",
				before.value("clinic_pipeline_acceptance_to_enrollment_seconds_count") + 2);
		assertThat(after.value("clinic_waitlist_size")).isEqualTo(2);
		assertThat(after.value("clinic_waitlist_oldest_age_seconds")).isBetween(7200.0, 7200.0 + 60);
		assertThat(after.value("clinic_enrollments_waitlisted_total", "track", "EVENING"))
			.isEqualTo(before.value("clinic_enrollments_waitlisted_total", "track", "EVENING") + 2);
		assertThat(after.value("clinic_pipeline_acceptance_to_enrollment_seconds_count", "status", "WAITLISTED"))
			.isEqualTo(before.value("clinic_pipeline_acceptance_to_enrollment_seconds_count", "status", "WAITLISTED") + 2);
	}

	/** A scrape once the metric has reached the value: it is recorded just after the change is stored. */
	private PrometheusScrape scrapeOnce(String metric, double reached) {
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> PrometheusScrape.of(this.ops), scrape -> scrape.value(metric) >= reached);
	}

	private void accept(EvaluationAccepted accepted) {
		try (EventPublisher publisher = new EventPublisher()) {
			publisher.publish(EventTypes.EVALUATION_ACCEPTED, accepted);
		}
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.enrollments.findByEvaluationId(accepted.evaluationId())
				.filter(enrollment -> enrollment.status() != EnrollmentStatus.PENDING)
				.isPresent());
	}

}
