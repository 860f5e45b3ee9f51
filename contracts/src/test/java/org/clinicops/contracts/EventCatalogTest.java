package org.clinicops.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AsyncAPI 3.0 event catalog ({@code static/asyncapi.json}, served by every service) against
 * the code: every event type is a message on its topic's channel, every sample event is valid
 * against its message's JSON Schema, and a schema names exactly its record's fields with their
 * types, so that a record changed without its schema fails here.
 */
class EventCatalogTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final JsonNode CATALOG = catalog();

	private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);

	static Stream<EventType<?>> eventTypes() {
		return EventTypes.ALL.stream();
	}

	@Test
	void theCatalogIsAnAsyncApi3DocumentWithOneMessagePerEventType() {
		assertThat(CATALOG.get("asyncapi").asString()).isEqualTo("3.0.0");
		assertThat(CATALOG.at("/components/messages").propertyNames().stream().map(this::messageName))
			.containsExactlyInAnyOrderElementsOf(EventTypes.ALL.stream().map(EventType::name).toList());
		assertThat(CATALOG.get("operations").valueStream().map(operation -> operation.at("/channel/$ref").asString()))
			.allSatisfy(channel -> assertThat(CATALOG.at(channel.substring(1))).isNotNull());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("eventTypes")
	void eachEventTypeIsAMessageOfItsTopicsChannelKeyedByEvaluation(EventType<?> type) {
		String message = messageKey(type);
		JsonNode channel = CATALOG.get("channels")
			.valueStream()
			.filter(candidate -> candidate.get("address").asString().equals(type.topic()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no channel for topic " + type.topic()));

		assertThat(channel.at("/messages/" + message + "/$ref").asString()).isEqualTo("#/components/messages/" + message);
		assertThat(CATALOG.at("/components/messages/" + message + "/bindings/kafka/key/type").asString())
			.isEqualTo("string");
		assertThat(CATALOG.at("/components/messages/" + message + "/headers/$ref").asString())
			.isEqualTo("#/components/schemas/CloudEventHeaders");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("eventTypes")
	void everySampleEventIsValidAgainstItsSchema(EventType<?> type) throws IOException {
		List<Error> errors = schemaOf(type).validate(JSON.readTree(sample(type)));

		assertThat(errors).as("%s sample against its schema", type.name()).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("eventTypes")
	void aSampleMissingAFieldOrWithAnUnknownCodeIsNot(EventType<?> type) throws IOException {
		ObjectNode missing = (ObjectNode) JSON.readTree(sample(type));
		missing.remove("evaluationId");

		assertThat(schemaOf(type).validate(missing)).isNotEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("eventTypes")
	void theSchemaNamesExactlyTheRecordsFieldsWithTheirTypes(EventType<?> type) {
		JsonNode schema = payloadSchema(type);
		RecordComponent[] fields = type.payloadType().getRecordComponents();
		List<String> names = Arrays.stream(fields).map(RecordComponent::getName).toList();

		assertThat(schema.get("properties").propertyNames()).as("properties of %s", type.name())
			.containsExactlyInAnyOrderElementsOf(names);
		assertThat(schema.get("required").valueStream().map(JsonNode::asString)).as("required of %s", type.name())
			.containsExactlyInAnyOrderElementsOf(names);
		for (RecordComponent field : fields) {
			JsonNode property = schema.at("/properties/" + field.getName());
			assertThat(jsonTypes(property)).as("%s.%s", type.payloadType().getSimpleName(), field.getName())
				.contains(jsonType(field.getType()));
			if (field.getType().isEnum()) {
				// A field that may be absent lists null among its values, beside the enum's names.
				assertThat(property.get("enum").valueStream().filter(value -> !value.isNull()).map(JsonNode::asString))
					.containsExactly(enumNames(field.getType()));
			}
			if (field.getType() == List.class) {
				Type element = ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0];
				assertThat(jsonTypes(property.get("items"))).contains(jsonType((Class<?>) element));
			}
		}
	}

	private static String jsonType(Class<?> type) {
		if (type == boolean.class || type == Boolean.class) {
			return "boolean";
		}
		if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
			return "integer";
		}
		if (type == BigDecimal.class || type == double.class) {
			return "number";
		}
		if (type == List.class) {
			return "array";
		}
		if (type == String.class || type.isEnum() || type == LocalDate.class || type == LocalDateTime.class
				|| type == Instant.class) {
			return "string";
		}
		throw new AssertionError("no JSON type known for " + type);
	}

	private static List<String> jsonTypes(JsonNode property) {
		JsonNode type = property.get("type");
		return type.isArray() ? type.valueStream().map(JsonNode::asString).toList() : List.of(type.asString());
	}

	private static String[] enumNames(Class<?> type) {
		return Arrays.stream(type.getEnumConstants()).map(constant -> ((Enum<?>) constant).name()).toArray(String[]::new);
	}

	private String messageName(String key) {
		return CATALOG.at("/components/messages/" + key + "/name").asString();
	}

	private static String messageKey(EventType<?> type) {
		return CATALOG.get("components")
			.get("messages")
			.propertyNames()
			.stream()
			.filter(key -> CATALOG.at("/components/messages/" + key + "/name").asString().equals(type.name()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no message named " + type.name()));
	}

	private static JsonNode payloadSchema(EventType<?> type) {
		String reference = CATALOG.at("/components/messages/" + messageKey(type) + "/payload/$ref").asString();
		return CATALOG.at(reference.substring(1));
	}

	private static Schema schemaOf(EventType<?> type) {
		return SCHEMAS.getSchema(payloadSchema(type));
	}

	private static JsonNode catalog() {
		try (InputStream in = EventCatalogTest.class.getResourceAsStream("/static/asyncapi.json")) {
			return JSON.readTree(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String sample(EventType<?> type) throws IOException {
		return EventContractTest.sample(type);
	}

}
