package org.clinicops.testsupport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.DynamicTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
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
		wrongScalars(valid, "", bad);
		return bad;
	}

	private static JsonNode operator(String name) {
		ObjectNode operator = JSON.getNodeFactory().objectNode();
		operator.put(name, "");
		return operator;
	}

	/**
	 * Each scalar anywhere in the body (nested objects and the first element of lists included)
	 * given as a value of another JSON type that a lenient reader would coerce: a number or text for
	 * a yes/no, a fraction, text, a yes/no or an out-of-range number for a whole number, text or a
	 * yes/no for a decimal, a number (a choice's index) for text.
	 */
	private static void wrongScalars(ObjectNode root, String path, List<BadBody> bad) {
		JsonNode at = path.isEmpty() ? root : root.at(path);
		if (at.isObject()) {
			at.properties().forEach(field -> wrongScalars(root, path + "/" + field.getKey(), bad));
			return;
		}
		if (at.isArray()) {
			if (!at.isEmpty()) {
				wrongScalars(root, path + "/0", bad);
			}
			return;
		}
		String label = path.substring(1).replace('/', '.');
		var nodes = JSON.getNodeFactory();
		if (at.isBoolean()) {
			bad.add(new BadBody(label + " is 1", replaced(root, path, nodes.numberNode(1))));
			bad.add(new BadBody(label + " is \"" + at.asString() + "\"", replaced(root, path, nodes.textNode(at.asString()))));
		}
		else if (at.isIntegralNumber()) {
			bad.add(new BadBody(label + " is 1.5", replaced(root, path, nodes.numberNode(1.5))));
			bad.add(new BadBody(label + " is text", replaced(root, path, nodes.textNode(at.asString()))));
			bad.add(new BadBody(label + " is true", replaced(root, path, nodes.booleanNode(true))));
			bad.add(new BadBody(label + " is 2^31", replaced(root, path, nodes.numberNode(2_147_483_648L))));
		}
		else if (at.isNumber()) {
			bad.add(new BadBody(label + " is text", replaced(root, path, nodes.textNode(at.asString()))));
			bad.add(new BadBody(label + " is true", replaced(root, path, nodes.booleanNode(true))));
		}
		else if (at.isString()) {
			bad.add(new BadBody(label + " is 0", replaced(root, path, nodes.numberNode(0))));
			bad.add(new BadBody(label + " is 42", replaced(root, path, nodes.numberNode(42))));
		}
	}

	private static String replaced(ObjectNode root, String path, JsonNode value) {
		ObjectNode copy = root.deepCopy();
		int last = path.lastIndexOf('/');
		JsonNode parent = (last == 0) ? copy : copy.at(path.substring(0, last));
		String key = path.substring(last + 1);
		if (parent.isArray()) {
			((ArrayNode) parent).set(Integer.parseInt(key), value);
		}
		else {
			((ObjectNode) parent).set(key, value);
		}
		return copy.toString();
	}

	private static String with(ObjectNode valid, String name, JsonNode value) {
		ObjectNode copy = valid.deepCopy();
		copy.set(name, value);
		return copy.toString();
	}

	/**
	 * Query strings a list endpoint must refuse: a page number (lists page by cursor, never by
	 * number), a size under 1 or beyond the largest page, a cursor no page gave, a parameter it
	 * does not take, and an unknown choice for a filter.
	 */
	public static Map<String, String> badListQueries(String filter) {
		Map<String, String> queries = new LinkedHashMap<>();
		queries.put("page=abc", "?page=abc");
		queries.put("page=-1", "?page=-1");
		queries.put("size=-1", "?size=-1");
		queries.put("size=0", "?size=0");
		queries.put("size=1000000000", "?size=1000000000");
		queries.put("size=1.5", "?size=1.5");
		queries.put("size=201, past the largest page", "?size=201");
		queries.put("a cursor no page gave", "?after=bm90LWEtY3Vyc29y");
		queries.put("a cursor that is no base64", "?after=%25%25");
		queries.put("an unknown parameter", "?sort=evil");
		queries.put("an unknown " + filter, "?" + filter + "=NO_SUCH_CHOICE");
		return queries;
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
