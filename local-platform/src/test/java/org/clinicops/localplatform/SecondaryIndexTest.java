package org.clinicops.localplatform;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a non-unique index narrows a query: which entries it walks, in which order, and when it cannot
 * help. The index is the services' list index, status then newest first ({@code status 1, at -1, _id -1}).
 */
class SecondaryIndexTest {

	private static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");

	private static final Document NEWEST_FIRST = new Document("at", -1).append("_id", -1);

	private static final Document OLDEST_FIRST = new Document("at", 1).append("_id", 1);

	static Stream<Arguments> walks() {
		Document open = new Document("status", "OPEN");
		Document pastNine = new Document("status", "OPEN").append("$or", List.of(new Document("at", new Document("$lt", NINE)),
				new Document("$and", List.of(new Document("at", NINE), new Document("_id", new Document("$lt", "a-3"))))));
		return Stream.of(
				// A list's first page and the page after a cursor: the walk is the page's order.
				Arguments.of(open, NEWEST_FIRST, true, 1, List.of("a-5", "a-4", "a-3", "a-2", "a-1")),
				Arguments.of(pastNine, NEWEST_FIRST, true, 2, List.of("a-4", "a-3", "a-2", "a-1")),
				Arguments.of(open, OLDEST_FIRST, true, 1, List.of("a-1", "a-2", "a-3", "a-4", "a-5")),
				Arguments.of(open, new Document("at", -1), true, 1, List.of("a-5", "a-4", "a-3", "a-2", "a-1")),
				// Without a sort, or one the index does not follow, the entries the equalities narrow to.
				Arguments.of(open, null, false, 1, List.of("a-5", "a-4", "a-3", "a-2", "a-1")),
				Arguments.of(open, new Document("at", 1).append("_id", -1), false, 1, List.of("a-5", "a-4", "a-3", "a-2", "a-1")),
				Arguments.of(open, new Document("_id", 1), false, 1, List.of("a-5", "a-4", "a-3", "a-2", "a-1")),
				Arguments.of(new Document("status", "OPEN").append("at", new Document("$gte", NINE)), null, false, 2,
						List.of("a-5", "a-4", "a-3")),
				Arguments.of(new Document("status", "CLOSED"), NEWEST_FIRST, true, 1, List.of("c-1")),
				Arguments.of(new Document("status", "HELD"), NEWEST_FIRST, true, 1, List.of()),
				Arguments.of(new Document("status", new Document("$gte", "HELD")), null, false, 1,
						List.of("a-5", "a-4", "a-3", "a-2", "a-1")),
				// A list of statuses: one walk per status, merged in the page's order; unsorted, the span of the list.
				Arguments.of(anyOf("OPEN", "CLOSED"), NEWEST_FIRST, true, 1, List.of("c-1", "a-5", "a-4", "a-3", "a-2", "a-1")),
				Arguments.of(anyOf("CLOSED", "OPEN"), OLDEST_FIRST, true, 1, List.of("a-1", "a-2", "a-3", "a-4", "a-5", "c-1")),
				Arguments.of(anyOf("OPEN", "CLOSED").append("$or", pastNine.get("$or")), NEWEST_FIRST, true, 2,
						List.of("a-4", "a-3", "a-2", "a-1")),
				Arguments.of(anyOf("CLOSED"), NEWEST_FIRST, true, 1, List.of("c-1")),
				Arguments.of(anyOf("OPEN", "HELD"), new Document("at", -1), true, 1, List.of("a-5", "a-4", "a-3", "a-2", "a-1")),
				Arguments.of(anyOf("OPEN", "CLOSED"), null, false, 1, List.of("c-1", "a-5", "a-4", "a-3", "a-2", "a-1")),
				Arguments.of(anyOf("OPEN", "CLOSED"), new Document("_id", -1), false, 1,
						List.of("c-1", "a-5", "a-4", "a-3", "a-2", "a-1")));
	}

	@ParameterizedTest
	@MethodSource("walks")
	void theIndexWalksTheEntriesThatHoldEveryMatch(Document query, Document orderBy, boolean sorted, int narrowed,
			List<String> walked) {
		SecondaryIndex.Walk walk = listIndex().walk(query, orderBy);

		assertThat(walk.sorted()).isEqualTo(sorted);
		assertThat(walk.narrowed()).isEqualTo(narrowed);
		assertThat(positions(walk)).containsExactlyElementsOf(walked);
	}

	@Test
	void aQueryTheIndexCannotNarrowIsLeftToAReadOfTheCollection() {
		SecondaryIndex index = listIndex();

		assertThat(index.walk(new Document(), NEWEST_FIRST)).isNull();
		assertThat(index.walk(new Document("status", new Document("$in", Arrays.asList("OPEN", null))), NEWEST_FIRST)).isNull();
		assertThat(index.walk(new Document("status", new Document("$nin", List.of("OPEN", "CLOSED"))), NEWEST_FIRST)).isNull();
		assertThat(index.walk(new Document("at", NINE), null)).isNull();
	}

	@Test
	void anArrayUnderASortKeyLeavesTheSortToTheQueryButNotUnderAnEqualityBeforeIt() {
		SecondaryIndex concerns = new SecondaryIndex("by_concern",
				List.of(new IndexKey("concerns", true), new IndexKey("at", false)), false, Comparator.comparing(String::valueOf));
		concerns.add(new Document("_id", "r-1").append("concerns", List.of("MOOD", "SLEEP")).append("at", NINE), "r-1", null);
		concerns.add(new Document("_id", "r-2").append("concerns", List.of("MOOD")).append("at", NINE.plusSeconds(60)), "r-2",
				null);

		assertThat(positions(concerns.walk(new Document("concerns", "MOOD"), new Document("at", -1))))
			.containsExactly("r-2", "r-1");
		SecondaryIndex.Walk byConcern = concerns.walk(new Document(), new Document("concerns", 1));
		assertThat(byConcern).isNull();

		assertThat(positions(concerns.walk(new Document("concerns", new Document("$in", List.of("SLEEP", "MOOD"))),
				new Document("at", -1)))).containsExactly("r-2", "r-1", "r-1");

		concerns.remove(new Document("_id", "r-1").append("concerns", List.of("MOOD", "SLEEP")).append("at", NINE));
		assertThat(positions(concerns.walk(new Document("concerns", "MOOD"), new Document("at", 1)))).containsExactly("r-2");
	}

	@Test
	void aChangedDocumentIsWalkedUnderItsNewValuesOnly() {
		SecondaryIndex index = listIndex();
		Document before = new Document("_id", "a-2").append("status", "OPEN").append("at", NINE.minusSeconds(3600));
		Document after = new Document("_id", "a-2").append("status", "CLOSED").append("at", NINE.minusSeconds(3600));

		index.updateInPlace(before, after, "a-2", null);

		assertThat(positions(index.walk(new Document("status", "OPEN"), NEWEST_FIRST))).containsExactly("a-5", "a-4", "a-3",
				"a-1");
		assertThat(positions(index.walk(new Document("status", "CLOSED"), NEWEST_FIRST))).containsExactly("c-1", "a-2");
	}

	/** Five open items an hour apart from 7:00 (two of them at 9:00), one closed one; stored in another order. */
	private static SecondaryIndex listIndex() {
		SecondaryIndex index = new SecondaryIndex("by_status",
				List.of(new IndexKey("status", true), new IndexKey("at", false), new IndexKey("_id", false)), false,
				Comparator.comparing(String::valueOf));
		List<Document> items = List.of(item("a-3", "OPEN", NINE), item("a-1", "OPEN", NINE.minusSeconds(7200)),
				item("c-1", "CLOSED", NINE.plusSeconds(7200)), item("a-5", "OPEN", NINE.plusSeconds(3600)),
				item("a-2", "OPEN", NINE.minusSeconds(3600)), item("a-4", "OPEN", NINE));
		items.forEach(item -> index.add(item, item.get("_id"), null));
		return index;
	}

	private static Document anyOf(String... statuses) {
		return new Document("status", new Document("$in", List.of(statuses)));
	}

	private static Document item(String id, String status, Instant at) {
		return new Document("_id", id).append("status", status).append("at", at);
	}

	private static List<Object> positions(SecondaryIndex.Walk walk) {
		List<Object> positions = new ArrayList<>();
		walk.entries().forEach(entry -> positions.add(SecondaryIndex.position(entry)));
		return positions;
	}

}
