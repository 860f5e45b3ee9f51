package org.clinicops.common.audit;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the audit log keeps of a request and a response: the ids of the records shown, and the
 * fields a change set. Codes, yes/no and small numbers are kept as given; any other value is
 * recorded only as given, since the log must not become a second copy of a person's record.
 */
final class AuditedValues {

	/** Record components that hold the id of a person's record in the platform's views. */
	private static final Set<String> ID_COMPONENTS = Set.of("id", "evaluationId", "enrollmentId");

	/** Codes, yes/no and small numbers (capacities, hours); never a date (a birth date is one) nor a phone. */
	private static final Pattern SAFE_VALUE = Pattern.compile("[A-Z][A-Z0-9_]{0,40}|\\d{1,4}|true|false");

	private static final String GIVEN = "(given)";

	/** How deep into nested records and lists ids are looked for (a roster's members, a page's rows). */
	private static final int DEPTH = 3;

	/**
	 * The ids in a response body or page model value: a record's, each element's of a list, and
	 * those of the records and lists nested in them.
	 */
	static Set<String> recordIds(Object value) {
		Set<String> ids = new LinkedHashSet<>();
		collectIds(value, DEPTH, ids);
		return ids;
	}

	private static void collectIds(Object value, int depth, Set<String> ids) {
		if (depth == 0 || value == null) {
			return;
		}
		if (value instanceof Collection<?> elements) {
			elements.forEach(element -> collectIds(element, depth, ids));
		}
		else if (value.getClass().isRecord()) {
			for (RecordComponent component : value.getClass().getRecordComponents()) {
				Object field = read(component, value);
				if (ID_COMPONENTS.contains(component.getName()) && field instanceof String id && !id.isBlank()) {
					ids.add(id);
				}
				else if (field instanceof Collection<?> || (field != null && field.getClass().isRecord())) {
					collectIds(field, depth - 1, ids);
				}
			}
		}
	}

	/** The fields a JSON body set: codes, yes/no and small numbers by their type, anything else only as given. */
	static Map<String, String> changesOf(Object body) {
		Map<String, String> changes = new LinkedHashMap<>();
		if (body != null && body.getClass().isRecord()) {
			for (RecordComponent component : body.getClass().getRecordComponents()) {
				Object value = read(component, body);
				if (value != null) {
					changes.put(component.getName(), typedSummary(value));
				}
			}
		}
		return changes;
	}

	/**
	 * The fields a submitted form set, without its CSRF token. A form's values are all text, so
	 * only what looks like a code, yes/no or a small number is kept, and nothing at all of a
	 * form the public filled in (a name typed in capitals looks like a code).
	 */
	static Map<String, String> changesOf(Map<String, String[]> parameters, boolean byStaff) {
		Map<String, String> changes = new LinkedHashMap<>();
		parameters.forEach((name, values) -> {
			if (!name.startsWith("_")) {
				changes.put(name, byStaff ? textSummary(List.of(values)) : GIVEN);
			}
		});
		return changes;
	}

	private static String typedSummary(Object value) {
		if (value instanceof Collection<?> values) {
			return values.stream().map(AuditedValues::typedSummary).collect(Collectors.joining(",", "[", "]"));
		}
		boolean safe = value instanceof Enum<?> || value instanceof Boolean
				|| (value instanceof Integer number && Math.abs(number) < 10_000);
		return safe ? value.toString() : GIVEN;
	}

	private static String textSummary(List<String> values) {
		List<String> summaries = values.stream().map(text -> SAFE_VALUE.matcher(text).matches() ? text : GIVEN).toList();
		return (summaries.size() == 1) ? summaries.get(0) : summaries.toString();
	}

	private static Object read(RecordComponent component, Object record) {
		try {
			Method accessor = component.getAccessor();
			// The views are package-private records; Jackson reads them the same way.
			return accessor.trySetAccessible() ? accessor.invoke(record) : null;
		}
		catch (ReflectiveOperationException ex) {
			return null;
		}
	}

	private AuditedValues() {
	}

}
