package org.clinicops.testsupport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.DynamicTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad variants of a valid JSON body, for suites that prove every endpoint answers them with a
 * 4xx problem detail and changes nothing: malformed JSON, MongoDB operators as values and as
 * keys, dotted keys, wrong types, oversized strings and bodies, and text that is not well-formed
 * (NUL, an unpaired surrogate, a bidirectional override).
 */
public final class BadRequests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String LONE_SURROGATE = "__LONE_SURROGATE__";

	/** A labelled bad body. */
	public record BadBody(String label, String json) {

		@Override
		public String toString() {
			return this.label;
		}

	}

	public static List<BadBody> variantsOf(Map<String, Object> validBody) {
		ObjectNode valid = JSON.valueToTree(validBody);
		List<BadBody> bad = new ArrayList<>();
		String text = valid.toString();
		bad.add(new BadBody("malformed JSON", text.substring(0, text.length() / 2)));
		bad.add(new BadBody("an array instead of an object", "[" + text + "]"));
		bad.add(new BadBody("$where as a key", with(valid, "$where", JSON.getNodeFactory().textNode("sleep(1000)"))));
		bad.add(new BadBody("a dotted key", with(valid, "a.b", JSON.getNodeFactory().numberNode(1))));
		bad.add(new BadBody("an oversized body", with(valid, "padding", JSON.getNodeFactory().textNode("x".repeat(70_000)))));
		for (Map.Entry<String, JsonNode> field : valid.properties()) {
			String name = field.getKey();
			JsonNode value = field.getValue();
			bad.add(new BadBody(name + " is {$gt: ''}", with(valid, name, operator("$gt"))));
			bad.add(new BadBody(name + " is {$ne: null}", with(valid, name, operator("$ne"))));
			if (value.isString()) {
				bad.add(new BadBody(name + " is a number", with(valid, name, JSON.getNodeFactory().numberNode(42))));
				bad.add(new BadBody(name + " is 10,000 characters",
						with(valid, name, JSON.getNodeFactory().textNode("x".repeat(10_000)))));
				bad.add(new BadBody(name + " holds NUL", with(valid, name, JSON.getNodeFactory().textNode("A\u0000B"))));
				// Written as the JSON escape itself: a Java string holding it would be mangled to "?" on the way.
				bad.add(new BadBody(name + " holds an unpaired surrogate",
						with(valid, name, JSON.getNodeFactory().textNode("A" + LONE_SURROGATE + "B"))
							.replace(LONE_SURROGATE, "\\ud800")));
				bad.add(new BadBody(name + " holds a bidirectional override",
						with(valid, name, JSON.getNodeFactory().textNode("A\u202EB"))));
			}
			else if (value.isObject() || value.isArray()) {
				bad.add(new BadBody(name + " is text", with(valid, name, JSON.getNodeFactory().textNode("x"))));
			}
			else {
				bad.add(new BadBody(name + " is an object", with(valid, name, JSON.getNodeFactory().objectNode())));
			}
		}
		return bad;
	}

	private static JsonNode operator(String name) {
		ObjectNode operator = JSON.getNodeFactory().objectNode();
		operator.put(name, "");
		return operator;
	}

	private static String with(ObjectNode valid, String name, JsonNode value) {
		ObjectNode copy = valid.deepCopy();
		copy.set(name, value);
		return copy.toString();
	}

	/** URL tails no endpoint takes: operators, braces and control characters in paths and queries. */
	public static Map<String, String> suspiciousUrlParts() {
		Map<String, String> parts = new LinkedHashMap<>();
		parts.put("$where in the path", "/%24where");
		parts.put("an operator object in the path", "/%7B%22%24gt%22%3A%22%22%7D");
		parts.put("a control character in the path", "/a%00b");
		return parts;
	}

	/**
	 * A case of a bad-input suite: the call must answer 4xx with a problem detail, without a stack
	 * trace. Tomcat itself refuses a control character in a path before the application sees it,
	 * so that answer is a 4xx without a problem detail.
	 */
	public static DynamicTest refused(String name, Supplier<ApiClient.Response> call) {
		return DynamicTest.dynamicTest(name, () -> {
			ApiClient.Response response = call.get();
			assertThat(response.status()).as(name + ": " + response.text()).isBetween(400, 499);
			assertThat(response.text()).as(name).doesNotContain("Exception", "at org.");
			if (!name.contains("control character in the path")) {
				assertThat(response.isProblem()).as(name + ": " + response.text()).isTrue();
			}
		});
	}

	private BadRequests() {
	}

}
