package org.clinicops.localplatform;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;

import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How the local store writes a document or a key value to its file: as BSON, the form it came in
 * over the wire, each with a length. A value BSON cannot carry (the wire server's marker of a missing
 * field in an index key, or anything the server made up itself) is written as H2 would, with Java
 * serialization, so that nothing stored can make the store's background writer fail. A key value
 * that is a string, as every id the platform makes is, is written as its UTF-8 bytes.
 */
final class StoredBson {

	private static final byte MISSING = 0;

	private static final byte BSON = 1;

	private static final byte SERIALIZED = 2;

	private static final byte STRING = 3;

	private static final String VALUE = "v";

	private static final KnownBson KNOWN = new KnownBson();

	static void writeDocument(WriteBuffer buffer, Document document) {
		byte[] known = KNOWN.of(document);
		if (known != null) {
			writeTagged(buffer, BSON, known);
			return;
		}
		byte[] bson = writeBsonOrSerialized(buffer, document, document);
		if (bson != null) {
			KNOWN.remember(document, bson);
		}
	}

	static Document readDocument(ByteBuffer buffer) {
		byte tag = buffer.get();
		byte[] bytes = readBytes(buffer);
		if (tag != BSON) {
			return (Document) ObjectDataType.deserialize(bytes);
		}
		Document document = BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bytes));
		KNOWN.remember(document, bytes);
		return document;
	}

	/**
	 * A string is written as it is: wrapped in a document and encoded as BSON through the wire
	 * server's buffers, it cost most of an index page's write.
	 */
	static void writeValue(WriteBuffer buffer, Object value) {
		if (value instanceof Missing) {
			buffer.put(MISSING);
			return;
		}
		if (value instanceof String text) {
			writeTagged(buffer, STRING, text.getBytes(StandardCharsets.UTF_8));
			return;
		}
		writeBsonOrSerialized(buffer, new Document(VALUE, value), value);
	}

	static Object readValue(ByteBuffer buffer) {
		byte tag = buffer.get();
		if (tag == MISSING) {
			return Missing.getInstance();
		}
		byte[] bytes = readBytes(buffer);
		return switch (tag) {
			case STRING -> new String(bytes, StandardCharsets.UTF_8);
			case BSON -> BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bytes)).get(VALUE);
			default -> ObjectDataType.deserialize(bytes);
		};
	}

	/**
	 * A rough size in memory for the store's page cache and page splits (H2 asks on every put, so it
	 * must not encode the value to find out).
	 */
	static int memoryOf(Object value) {
		if (value instanceof String text) {
			return 40 + 2 * text.length();
		}
		if (value instanceof Map<?, ?> map) {
			int memory = 64;
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				memory += 32 + memoryOf(entry.getKey()) + memoryOf(entry.getValue());
			}
			return memory;
		}
		if (value instanceof Collection<?> values) {
			int memory = 40;
			for (Object element : values) {
				memory += 8 + memoryOf(element);
			}
			return memory;
		}
		return 24;
	}

	/** The document as BSON, or null where BSON cannot carry one of its values. */
	private static byte[] bsonOf(Document document) {
		ByteBuf buffer = Unpooled.buffer();
		try {
			BsonEncoder.encodeDocument(document, buffer);
			byte[] bytes = new byte[buffer.readableBytes()];
			buffer.readBytes(bytes);
			return bytes;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		finally {
			buffer.release();
		}
	}

	/** The BSON written, or null where the value was serialized. */
	private static byte[] writeBsonOrSerialized(WriteBuffer buffer, Document asBson, Object value) {
		byte[] bson = bsonOf(asBson);
		if (bson == null) {
			writeTagged(buffer, SERIALIZED, ObjectDataType.serialize(value));
		}
		else {
			writeTagged(buffer, BSON, bson);
		}
		return bson;
	}

	private static void writeTagged(WriteBuffer buffer, byte tag, byte[] bytes) {
		buffer.put(tag).putVarInt(bytes.length).put(bytes);
	}

	private static byte[] readBytes(ByteBuffer buffer) {
		byte[] bytes = new byte[DataUtils.readVarInt(buffer)];
		buffer.get(bytes);
		return bytes;
	}

	private StoredBson() {
	}

}
