package org.clinicops.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each event type has a sample payload in {@code events/<type>.json}; its record must read the
 * sample and write it back without losing or changing a field. Compared as JSON trees, not
 * strings, so that field order and number formatting do not matter.
 */
class EventContractTest {

	private static final JsonMapper TREES = JsonMapper.builder().build();

	static Stream<EventType<?>> eventTypes() {
		return EventTypes.ALL.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("eventTypes")
	void recordReadsAndWritesItsSampleWithoutLoss(EventType<?> type) throws IOException {
		String sample = sample(type);

		ClinicEvent payload = EventJson.read(sample, type.payloadType());
		String written = EventJson.write(payload);

		assertThat(TREES.readTree(written)).isEqualTo(TREES.readTree(sample));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("eventTypes")
	void sampleUsesEveryFieldOfItsRecord(EventType<?> type) throws IOException {
		JsonNode sample = TREES.readTree(sample(type));

		for (var component : type.payloadType().getRecordComponents()) {
			assertThat(sample.has(component.getName())).as("sample has %s", component.getName()).isTrue();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("eventTypes")
	void readerIgnoresFieldsItDoesNotKnow(EventType<?> type) throws IOException {
		String withExtraField = sample(type).replaceFirst("\\{", "{\"addedInALaterVersion\":42,");

		ClinicEvent payload = EventJson.read(withExtraField, type.payloadType());

		assertThat(payload.evaluationId()).isEqualTo(TREES.readTree(sample(type)).get("evaluationId").asString());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("eventTypes")
	void typeNameIsVersionedAndOnItsOwnersTopic(EventType<?> type) {
		assertThat(type.name()).matches("clinic\\.(intake|scheduling|notification)\\.[a-z-]+\\.v\\d+");
		String owner = type.name().split("\\.")[1];
		assertThat(type.topic()).startsWith(owner + ".");
	}

	/** The sample payload of an event type, from {@code events/<type>.json}. */
	static String sample(EventType<?> type) throws IOException {
		try (InputStream in = EventContractTest.class.getResourceAsStream("/events/" + type.name() + ".json")) {
			assertThat(in).as("sample file events/%s.json", type.name()).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
