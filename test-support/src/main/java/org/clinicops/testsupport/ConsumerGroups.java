package org.clinicops.testsupport;

import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
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
		TopicPartition partition = new TopicPartition(record.topic(), record.partition());
		OffsetAndMetadata committed = this.admin.listConsumerGroupOffsets(group)
			.partitionsToOffsetAndMetadata()
			.get()
			.get(partition);
		return committed != null && committed.offset() > record.offset();
	}

	@Override
	public void close() {
		this.admin.close();
	}

}
