package org.clinicops.localplatform;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The range of a field a query allows: its equalities, comparisons and lists narrow it, everything else
 * leaves it whole, and where a document holds an array in the field the conditions are not intersected.
 */
class KeyRangeTest {

	private static final KeyRange ALL = KeyRange.ALL;

	static Stream<Arguments> ranges() {
		return Stream.of(
				Arguments.of(new Document("day", 2), false, KeyRange.point(2)),
				Arguments.of(new Document("day", new Document("$eq", 4)), false, KeyRange.point(4)),
				Arguments.of(new Document("day", new Document("$gte", 2).append("$lt", 5)), false, new KeyRange(2, true, 5, false)),
				Arguments.of(new Document("$and", List.of(new Document("day", new Document("$gt", 2)),
						new Document("day", new Document("$lte", 4)))), false, new KeyRange(2, false, 4, true)),
				Arguments.of(new Document("$and", List.of(new Document("day", new Document("$gte", 2)),
						new Document("day", new Document("$gt", 2)))), false, new KeyRange(2, false, null, false)),
				Arguments.of(new Document("$or", List.of(new Document("day", 1), new Document("day", new Document("$gt", 5)))),
						false, new KeyRange(1, true, null, false)),
				Arguments.of(new Document("$or", List.of(new Document("day", 1), new Document("day", 3))), false,
						new KeyRange(1, true, 3, true)),
				Arguments.of(new Document("$or", List.of(new Document("day", 1), new Document("other", 2))), false, ALL),
				Arguments.of(new Document("status", "OPEN").append("$or",
						List.of(new Document("day", new Document("$lt", 4)),
								new Document("$and", List.of(new Document("day", 4), new Document("_id", new Document("$lt", "p-9")))))),
						false, new KeyRange(null, false, 4, true)),
				Arguments.of(new Document("day", new Document("$in", List.of(3))), false, KeyRange.point(3)),
				Arguments.of(new Document("day", new Document("$in", List.of(4, 1.0, 2L))), false, new KeyRange(1.0, true, 4, true)),
				Arguments.of(new Document("day", new Document("$in", List.of(1, 5)).append("$lt", 4)), false,
						new KeyRange(1, true, 4, false)),
				Arguments.of(new Document("day", new Document("$in", Arrays.asList(1, null))), false, ALL),
				Arguments.of(new Document("day", new Document("$in", List.of(1, List.of(2)))), false, ALL),
				Arguments.of(new Document("day", new Document("$in", List.of(new BsonRegularExpression("^2")))), false, ALL),
				Arguments.of(new Document("day", new Document("$in", List.of())), false, ALL),
				Arguments.of(new Document("day", new Document("$ne", 3)), false, ALL),
				Arguments.of(new Document("day", new Document("$ne", 3).append("$lt", 9)), false, new KeyRange(null, false, 9, false)),
				Arguments.of(new Document("day", null), false, ALL),
				Arguments.of(new Document("day", new Document("week", 2)), false, ALL),
				Arguments.of(new Document("day", List.of(1, 2)), false, ALL),
				Arguments.of(new Document("day", Pattern.compile("^2")), false, ALL),
				Arguments.of(new Document("day", new BsonRegularExpression("^2")), false, ALL),
				Arguments.of(new Document("$nor", List.of(new Document("day", 2))), false, ALL),
				Arguments.of(new Document("other", 2), false, ALL),
				Arguments.of(new Document("day", new Document("$gt", 5).append("$lt", 1)), false, new KeyRange(5, false, 1, false)),
				Arguments.of(new Document("day", new Document("$gte", 2).append("$lt", 5)), true, new KeyRange(null, false, 5, false)),
				Arguments.of(new Document("$and", List.of(new Document("day", new Document("$gt", 1)), new Document("day", 3))), true,
						KeyRange.point(3)),
				Arguments.of(new Document("day", new Document("$gt", 5).append("$lt", 1)), true, new KeyRange(null, false, 1, false)),
				Arguments.of(new Document("day", new Document("$in", List.of(1, 5)).append("$lt", 4)), true,
						new KeyRange(1, true, 5, true)));
	}

	@ParameterizedTest
	@MethodSource("ranges")
	void aQueryAllowsTheRangeItsConditionsNarrow(Document query, boolean arrays, KeyRange expected) {
		assertThat(KeyRange.of(query, "day", arrays)).isEqualTo(expected);
	}

	@Test
	void theValuesAQueryListsAreEachReadOnceLowestFirst() {
		assertThat(KeyRange.listed(new Document("day", new Document("$in", List.of(3, 1, 2L, 1.0))), "day"))
			.containsExactly(1, 2L, 3);
		assertThat(KeyRange.listed(new Document("day", new Document("$in", Arrays.asList(3, null))), "day")).isNull();
		assertThat(KeyRange.listed(new Document("day", new Document("$gt", 3)), "day")).isNull();
		assertThat(KeyRange.listed(new Document("day", 3), "day")).isNull();
		assertThat(KeyRange.listed(new Document("other", new Document("$in", List.of(3))), "day")).isNull();
	}

}
