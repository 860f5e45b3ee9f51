package org.clinicops.localplatform;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Index keys as the local store orders and keeps them: equal exactly when the index must refuse the
 * second, a consistent order otherwise, and the same key read back as written, including values
 * BSON cannot carry and keys an earlier version wrote; documents read back as written.
 */
class StoredKeyTypeTest {

	static Stream<Arguments> keys() {
		return Stream.of(
				Arguments.of(key("p-1"), key("p-1"), true),
				Arguments.of(key("p-1"), key("p-2"), false),
				Arguments.of(key("Zoë Ω"), key("Zoë Ω"), true),
				Arguments.of(key("Zoë Ω"), key("Zoe Ω"), false),
				Arguments.of(key(7), key(7L), false),
				Arguments.of(key(7.0), key(7.0), true),
				Arguments.of(key("7"), key(7), false),
				Arguments.of(key("p-1", 3), key("p-1", 3), true),
				Arguments.of(key("p-1", 3), key("p-1", 4), false),
				Arguments.of(key("p-1"), key("p-1", 3), false),
				Arguments.of(key(new Document("week", 49)), key(new Document("week", 49)), true),
				Arguments.of(key(new Document("week", 49)), key(new Document("week", 50)), false),
				Arguments.of(key(List.of(1, 2)), key(new java.util.ArrayList<>(List.of(1, 2))), true),
				Arguments.of(key(Missing.getInstance()), key(Missing.getInstance()), true),
				Arguments.of(key(Missing.getInstance()), key((Object) null), false),
				Arguments.of(key(Instant.EPOCH), key(Instant.EPOCH), true),
				Arguments.of(key(LocalDate.of(2026, 12, 2)), key(LocalDate.of(2026, 12, 2)), true),
				Arguments.of(key(LocalDate.of(2026, 12, 2)), key(LocalDate.of(2026, 12, 3)), false),
				Arguments.of(key(new ObjectId("65a1b2c3d4e5f6a7b8c9d0e1")), key(new ObjectId("65a1b2c3d4e5f6a7b8c9d0e1")),
						true));
	}

	@ParameterizedTest
	@MethodSource("keys")
	void keysAreEqualExactlyWhenTheIndexMustRefuseTheSecondAndOrderedBothWaysOtherwise(KeyValue one, KeyValue other,
			boolean equal) {
		int compared = StoredKeyType.INSTANCE.compare(one, other);
		assertThat(compared == 0).isEqualTo(equal);
		assertThat(Integer.signum(StoredKeyType.INSTANCE.compare(other, one))).isEqualTo(-Integer.signum(compared));
	}

	@ParameterizedTest
	@MethodSource("keys")
	void aKeyReadsBackAsItWasWritten(KeyValue key, KeyValue ignored, boolean alsoIgnored) {
		WriteBuffer buffer = new WriteBuffer();
		StoredKeyType.INSTANCE.write(buffer, key);
		ByteBuffer written = buffer.getBuffer().flip();
		KeyValue read = StoredKeyType.INSTANCE.read(written);
		assertThat(StoredKeyType.INSTANCE.compare(read, key)).isZero();
		assertThat(written.hasRemaining()).isFalse();
	}

	@Test
	void aStringKeyWrittenAsBsonByAnEarlierVersionReadsAsTheSameKey() {
		ByteBuf bson = Unpooled.buffer();
		BsonEncoder.encodeDocument(new Document("v", "p-1"), bson);
		byte[] bytes = new byte[bson.readableBytes()];
		bson.readBytes(bytes);
		WriteBuffer buffer = new WriteBuffer();
		buffer.putVarInt(1).put((byte) 1).putVarInt(bytes.length).put(bytes);

		KeyValue read = StoredKeyType.INSTANCE.read(buffer.getBuffer().flip());

		assertThat(read.get(0)).isEqualTo("p-1");
		assertThat(StoredKeyType.INSTANCE.compare(read, key("p-1"))).isZero();
	}

	@Test
	void aDocumentReadsBackAsItWasWrittenAsBsonAndOneHoldingAValueBsonCannotCarryAsWell() {
		Document bson = new Document("_id", "p-1").append("week", new Document("number", 49).append("taken", List.of(4, 5)))
			.append("at", Instant.EPOCH)
			.append("none", null);
		Document beyondBson = new Document("_id", "p-2").append("day", LocalDate.of(2026, 12, 2));
		for (Document document : List.of(bson, beyondBson)) {
			WriteBuffer buffer = new WriteBuffer();
			StoredDocumentType.INSTANCE.write(buffer, document);
			assertThat(StoredDocumentType.INSTANCE.read(buffer.getBuffer().flip())).isEqualTo(document);
		}
	}

	private static KeyValue key(Object... values) {
		return new KeyValue(values);
	}

}
