package org.clinicops.common.messaging;

import org.apache.kafka.common.TopicPartition;
import org.clinicops.contracts.Topics;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * How every listener of the platform fails: transient errors are retried with back-off, then the
 * record is parked on its topic's dead-letter topic with the exception and original headers; an
 * unreadable record is parked at once so it never blocks its partition.
 */
public final class KafkaErrorHandling {

	public static DefaultErrorHandler errorHandler(KafkaTemplate<String, String> template, int maxRetries,
			DeadLetterCounts counts) {
		DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(template,
				(record, ex) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
		ConsumerRecordRecoverer recoverer = (record, ex) -> {
			deadLetters.accept(record, ex);
			counts.parked(record.topic());
		};
		ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
		backOff.setMaxAttempts(maxRetries);
		DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
		// A seek back would drop the fetched records and wait out the consumers' long fetch
		// (fetch-max-wait) before each retry; kept in memory, a retry follows its back-off.
		handler.setSeekAfterError(false);
		handler.addNotRetryableExceptions(UnreadableEventException.class);
		return handler;
	}

	private KafkaErrorHandling() {
	}

}
