package org.clinicops.localplatform;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BinaryOperator;
import java.util.regex.Pattern;

import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;

/**
 * The values of one field a query can match, as far as its equalities and comparisons say: every
 * document the query matches has its value in the range, in the order the wire server sorts values
 * ({@link ValueComparator}). Conditions it does not read ({@code $ne}, {@code $nor}, {@code $not},
 * {@code $elemMatch}, ...) leave the range wider, never narrower, so a range read from an
 * index holds every match and the query itself decides which of its documents match.
 *
 * @param lower the lowest value, or null for none
 * @param upper the highest value, or null for none
 */
record KeyRange(Object lower, boolean lowerInclusive, Object upper, boolean upperInclusive) {

	static final KeyRange ALL = new KeyRange(null, false, null, false);

	private static final ValueComparator ORDER = ValueComparator.asc();

	/**
	 * The range of {@code field} the query allows: its conditions on it, and those of its {@code $and}
	 * and {@code $or}. Where some document holds an array in the field, each condition may be met by
	 * another of its elements ({@code [1, 5]} is at least 2 and below 5), so the conditions' ranges are
	 * not intersected: the range is one condition's, an equality's if there is one.
	 */
	static KeyRange of(Document query, String field, boolean arrays) {
		return arrays ? of(query, field, KeyRange::either) : of(query, field, KeyRange::and);
	}

	private static KeyRange of(Document query, String field, BinaryOperator<KeyRange> both) {
		KeyRange range = ALL;
		for (Map.Entry<String, Object> condition : query.entrySet()) {
			Object value = condition.getValue();
			switch (condition.getKey()) {
				case "$and" -> {
					if (value instanceof Collection<?> parts) {
						for (Object part : parts) {
							range = (part instanceof Document clause) ? both.apply(range, of(clause, field, both)) : range;
						}
					}
				}
				case "$or" -> range = both.apply(range, anyOf(value, field, both));
				default -> range = condition.getKey().equals(field) ? both.apply(range, ofCondition(value, both)) : range;
			}
		}
		return range;
	}

	/** One value, as an equality names it. */
	static KeyRange point(Object value) {
		return new KeyRange(value, true, value, true);
	}

	boolean isPoint() {
		return this.lower != null && this.upper != null && this.lowerInclusive && this.upperInclusive
				&& ORDER.compare(this.lower, this.upper) == 0;
	}

	boolean isAll() {
		return this.lower == null && this.upper == null;
	}

	/** The values both ranges hold. */
	KeyRange and(KeyRange other) {
		Object low = this.lower;
		boolean lowIn = this.lowerInclusive;
		if (other.lower != null) {
			int order = (low == null) ? -1 : ORDER.compare(low, other.lower);
			if (order < 0) {
				low = other.lower;
				lowIn = other.lowerInclusive;
			}
			else if (order == 0) {
				lowIn = lowIn && other.lowerInclusive;
			}
		}
		Object high = this.upper;
		boolean highIn = this.upperInclusive;
		if (other.upper != null) {
			int order = (high == null) ? 1 : ORDER.compare(high, other.upper);
			if (order > 0) {
				high = other.upper;
				highIn = other.upperInclusive;
			}
			else if (order == 0) {
				highIn = highIn && other.upperInclusive;
			}
		}
		return new KeyRange(low, lowIn, high, highIn);
	}

	/** One of the two ranges, each of which holds the values wanted: an equality's if one is, else the narrower one's. */
	private KeyRange either(KeyRange other) {
		if (isPoint() || other.isAll()) {
			return this;
		}
		if (other.isPoint() || isAll()) {
			return other;
		}
		return (this.lower != null && this.upper != null) ? this : other;
	}

	/** The smallest range that holds the values of either. */
	KeyRange or(KeyRange other) {
		Object low = null;
		boolean lowIn = false;
		if (this.lower != null && other.lower != null) {
			int order = ORDER.compare(this.lower, other.lower);
			low = (order <= 0) ? this.lower : other.lower;
			lowIn = (order < 0) ? this.lowerInclusive
					: (order > 0) ? other.lowerInclusive : this.lowerInclusive || other.lowerInclusive;
		}
		Object high = null;
		boolean highIn = false;
		if (this.upper != null && other.upper != null) {
			int order = ORDER.compare(this.upper, other.upper);
			high = (order >= 0) ? this.upper : other.upper;
			highIn = (order > 0) ? this.upperInclusive
					: (order < 0) ? other.upperInclusive : this.upperInclusive || other.upperInclusive;
		}
		return new KeyRange(low, lowIn, high, highIn);
	}

	private static KeyRange anyOf(Object branches, String field, BinaryOperator<KeyRange> both) {
		if (!(branches instanceof Collection<?> clauses) || clauses.isEmpty()) {
			return ALL;
		}
		KeyRange any = null;
		for (Object clause : clauses) {
			KeyRange range = (clause instanceof Document branch) ? of(branch, field, both) : ALL;
			any = (any == null) ? range : any.or(range);
		}
		return any;
	}

	/**
	 * A field's condition: a value is an equality; a document of operators is read for {@code $eq},
	 * {@code $lt}, {@code $lte}, {@code $gt}, {@code $gte} and {@code $in} (from its lowest value to its
	 * highest; all of them hold, so each narrows); an embedded document, an array, a pattern or null
	 * (which matches a missing field too) is left whole, and so is a list holding one of those.
	 */
	private static KeyRange ofCondition(Object condition, BinaryOperator<KeyRange> both) {
		if (bound(condition)) {
			return point(condition);
		}
		if (!(condition instanceof Document operators) || operators.isEmpty()
				|| !operators.keySet().stream().allMatch(operator -> operator.startsWith("$"))) {
			return ALL;
		}
		KeyRange range = ALL;
		for (Map.Entry<String, Object> operator : operators.entrySet()) {
			Object value = operator.getValue();
			if (operator.getKey().equals("$in")) {
				range = both.apply(range, spanning(listed(value)));
				continue;
			}
			if (!bound(value)) {
				continue;
			}
			range = switch (operator.getKey()) {
				case "$eq" -> both.apply(range, point(value));
				case "$lt" -> both.apply(range, new KeyRange(null, false, value, false));
				case "$lte" -> both.apply(range, new KeyRange(null, false, value, true));
				case "$gt" -> both.apply(range, new KeyRange(value, false, null, false));
				case "$gte" -> both.apply(range, new KeyRange(value, true, null, false));
				default -> range;
			};
		}
		return range;
	}

	/**
	 * The values the query lists for {@code field} with {@code $in}, each once, lowest first: every match
	 * holds one of them there. Null when it lists none, or lists one no index key can stand for (null,
	 * which matches a missing field too; an array; a pattern).
	 */
	static List<Object> listed(Document query, String field) {
		return (query.get(field) instanceof Document operators) ? listed(operators.get("$in")) : null;
	}

	private static List<Object> listed(Object values) {
		if (!(values instanceof Collection<?> list) || list.isEmpty() || !list.stream().allMatch(KeyRange::bound)) {
			return null;
		}
		Set<Object> distinct = new TreeSet<>(ORDER);
		distinct.addAll(list);
		return List.copyOf(distinct);
	}

	/** The smallest range that holds all these values; every value when there are none. */
	private static KeyRange spanning(List<Object> values) {
		return (values == null) ? ALL : new KeyRange(values.get(0), true, values.get(values.size() - 1), true);
	}

	/** A value an index key can be compared with as the query compares it. */
	private static boolean bound(Object value) {
		return value != null && !(value instanceof Map) && !(value instanceof Collection<?>) && !(value instanceof Pattern)
				&& !BsonRegularExpression.isRegularExpression(value);
	}

}
