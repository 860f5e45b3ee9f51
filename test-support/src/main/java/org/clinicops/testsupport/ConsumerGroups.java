package org.clinicops.testsupport;

import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * What a service's consumer group has committed: a test waits until a group is past a record,
 * so it knows the record was handled without waiting a fixed time.
 */
public final class ConsumerGroups implements AutoCloseable {

	private final AdminClient admin;

	public ConsumerGroups() {
		this.admin = AdminClient.create(
				Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers()));
	}

	/** Whether the group has committed an offset past the record, i.e. handled it. */
	public boolean hasConsumed(String group, RecordMetadata record) throws InterruptedException, ExecutionException {
		return hasConsumed(group, new TopicPartition(record.topic(), record.partition()), record.offset());
	}

	/** Whether the group has committed an offset past a record read from the topic. */
	public boolean hasConsumed(String group, ConsumerRecord<?, ?> record) throws InterruptedException, ExecutionException {
		return hasConsumed(group, new TopicPartition(record.topic(), record.partition()), record.offset());
	}

	private boolean hasConsumed(String group, TopicPartition partition, long offset)
			throws InterruptedException, ExecutionException {
		OffsetAndMetadata committed = this.admin.listConsumerGroupOffsets(group)
			.partitionsToOffsetAndMetadata()
			.get()
			.get(partition);
		return committed != null && committed.offset() > offset;
	}

	@Override
	public void close() {
		this.admin.close();
	}

}
