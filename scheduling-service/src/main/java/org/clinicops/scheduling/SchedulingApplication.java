package org.clinicops.scheduling;

import org.apache.kafka.clients.admin.NewTopic;
import org.clinicops.common.outbox.OutboxAwareRepository;
import org.clinicops.contracts.Topics;
import org.clinicops.scheduling.groups.ProgramHoursProperties;
import org.clinicops.scheduling.groups.TrackHours;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.repository.config.EnableMongoRepositories;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
// Saves of outbox aggregates append their new events and never write back published ones.
@EnableMongoRepositories(repositoryBaseClass = OutboxAwareRepository.class)
@EnableScheduling
@EnableConfigurationProperties(ProgramHoursProperties.class)
public class SchedulingApplication {

	public static void main(String[] args) {
		SpringApplication.run(SchedulingApplication.class, args);
	}

	@Bean
	NewTopic enrollmentsTopic(@Value("${clinic.kafka.partitions}") int partitions) {
		return TopicBuilder.name(Topics.SCHEDULING_ENROLLMENTS).partitions(partitions).build();
	}

	@Bean
	TrackHours trackHours(ProgramHoursProperties hours) {
		return hours.trackHours();
	}

}
