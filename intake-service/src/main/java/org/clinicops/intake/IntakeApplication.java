package org.clinicops.intake;

import org.clinicops.common.outbox.OutboxAwareRepository;
import org.clinicops.contracts.Topics;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.repository.config.EnableMongoRepositories;
import org.springframework.kafka.config.TopicBuilder;

@SpringBootApplication
// Saves of outbox aggregates append their new events and never write back published ones.
@EnableMongoRepositories(repositoryBaseClass = OutboxAwareRepository.class)
public class IntakeApplication {

	public static void main(String[] args) {
		SpringApplication.run(IntakeApplication.class, args);
	}

	@Bean
	NewTopic evaluationsTopic(@Value("${clinic.kafka.partitions}") int partitions) {
		return TopicBuilder.name(Topics.INTAKE_EVALUATIONS).partitions(partitions).build();
	}

	/** Compacted: only each person's latest contact is kept, and a tombstone removes it. */
	@Bean
	NewTopic contactsTopic(@Value("${clinic.kafka.partitions}") int partitions) {
		return TopicBuilder.name(Topics.INTAKE_CONTACTS).partitions(partitions).compact().build();
	}

}
