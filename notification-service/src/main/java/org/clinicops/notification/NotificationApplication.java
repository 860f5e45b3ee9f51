package org.clinicops.notification;

import org.apache.kafka.clients.admin.NewTopic;
import org.clinicops.common.outbox.OutboxAwareRepository;
import org.clinicops.contracts.Topics;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.repository.config.EnableMongoRepositories;
import org.springframework.kafka.config.TopicBuilder;

@SpringBootApplication
// Saves of outbox aggregates append their new events and never write back published ones.
@EnableMongoRepositories(repositoryBaseClass = OutboxAwareRepository.class)
public class NotificationApplication {

	public static void main(String[] args) {
		SpringApplication.run(NotificationApplication.class, args);
	}

	@Bean
	NewTopic alertsTopic(@Value("${clinic.kafka.partitions}") int partitions) {
		return TopicBuilder.name(Topics.NOTIFICATION_ALERTS).partitions(partitions).build();
	}

}
