package org.clinicops.testsupport;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.clinicops.common.messaging.KafkaCloudEvents;
import org.clinicops.contracts.ClinicEvent;
import org.clinicops.contracts.EventEnvelope;
import org.clinicops.contracts.EventJson;
import org.clinicops.contracts.EventType;

/**
 * Publishes platform events the way a producing service does (binary-mode CloudEvents headers,
 * keyed by evaluation), so a consumer can be tested alone; the same envelope can be sent twice
 * to prove a consumer idempotent.
 */
public final class EventPublisher implements AutoCloseable {

	private final KafkaProducer<String, String> producer;

	/** Publishes to the shared test broker. */
	public EventPublisher() {
		this(TestInfrastructure.get().kafkaBootstrapServers());
	}

	public EventPublisher(String bootstrapServers) {
		this.producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all"),
				new StringSerializer(), new StringSerializer());
	}

	public static <T extends ClinicEvent> EventEnvelope envelope(EventType<T> type, T payload) {
		return new EventEnvelope(UUID.randomUUID().toString(), "/clinic-ops/tests", type.name(),
				EventEnvelope.SPEC_VERSION, Instant.now(), payload.evaluationId(), EventEnvelope.JSON,
				UUID.randomUUID().toString());
	}

	public <T extends ClinicEvent> EventEnvelope publish(EventType<T> type, T payload) {
		EventEnvelope envelope = envelope(type, payload);
		publish(type, envelope, payload);
		return envelope;
	}

	public <T extends ClinicEvent> void publish(EventType<T> type, EventEnvelope envelope, T payload) {
		publishRaw(type, envelope, EventJson.write(payload));
	}

	/**
	 * Publishes any value under an envelope: a broken record, or an exact redelivery of one read
	 * from a topic. Tells where the record landed.
	 */
	public RecordMetadata publishRaw(EventType<?> type, EventEnvelope envelope, String value) {
		return acknowledged(this.producer.send(new ProducerRecord<>(type.topic(), null, envelope.subject(), value,
				KafkaCloudEvents.of(envelope))), envelope);
	}

	/**
	 * Publishes the events under one key, sent one right after the other and only then waited for:
	 * one produce request to one partition, which a consumer reads in one poll (a batch listener, in
	 * one batch). Tells the envelopes, in order.
	 */
	public <T extends ClinicEvent> List<EventEnvelope> publishTogether(EventType<T> type, String key, List<T> payloads) {
		List<EventEnvelope> envelopes = payloads.stream().map(payload -> envelope(type, payload)).toList();
		List<Future<RecordMetadata>> sent = new ArrayList<>();
		for (int i = 0; i < payloads.size(); i++) {
			sent.add(this.producer.send(new ProducerRecord<>(type.topic(), null, key, EventJson.write(payloads.get(i)),
					KafkaCloudEvents.of(envelopes.get(i)))));
		}
		for (int i = 0; i < sent.size(); i++) {
			acknowledged(sent.get(i), envelopes.get(i));
		}
		return envelopes;
	}

	private static RecordMetadata acknowledged(Future<RecordMetadata> sent, EventEnvelope envelope) {
		try {
			return sent.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("could not publish " + envelope.type(), ex.getCause());
		}
	}

	@Override
	public void close() {
		this.producer.close();
	}

}
