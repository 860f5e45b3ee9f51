package org.clinicops.mongowire;

import java.util.List;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class IdQueryTest {

	static Stream<Arguments> queries() {
		Document ids = new Document("$in", List.of("a", "b"));
		return Stream.of(
				Arguments.of("one id", new Document("_id", "a"), new Document("_id", "a")),
				Arguments.of("one id and a version", new Document("_id", "a").append("version", 3L), new Document("_id", "a")),
				Arguments.of("a list of ids", new Document("_id", ids), new Document("_id", ids)),
				Arguments.of("a list of ids and a condition", new Document("_id", ids).append("status", "BOOKED"),
						new Document("_id", ids)),
				Arguments.of("no id", new Document("status", "BOOKED"), null),
				Arguments.of("a range of ids", new Document("_id", new Document("$gt", "a")), null),
				Arguments.of("a list and more on the id", new Document("_id", new Document(ids).append("$ne", "c")), null),
				Arguments.of("a list holding a condition", new Document("_id",
						new Document("$in", List.of("a", new Document("$gt", "b")))), null),
				Arguments.of("an array as the id", new Document("_id", List.of("a", "b")), null),
				Arguments.of("a pattern as the id", new Document("_id", new BsonRegularExpression("^a")), null),
				Arguments.of("a document as the id", new Document("_id", new Document("owner", "a")), null));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("queries")
	void aQueryIsNarrowedToThePlainIdsItNamesOrToNothing(String name, Document query, Document byId) {
		assertThat(IdQuery.byId(query)).isEqualTo(byId);
	}

	@Test
	void theRestOfAQueryLeavesTheIdOutAndTheQueryAsItWas() {
		Document query = new Document("_id", "a").append("version", 3L).append("status", "BOOKED");

		assertThat(IdQuery.withoutId(query)).isEqualTo(new Document("version", 3L).append("status", "BOOKED"));
		assertThat(query).containsKey("_id");
	}

}
