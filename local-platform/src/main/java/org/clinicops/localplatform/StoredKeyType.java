package org.clinicops.localplatform;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * The keys of a unique index as the local store keeps them: ordered value by value, without
 * serializing them. H2's default compares two objects it does not know by Java-serializing both, so
 * every step of every index look-up (the {@code _id} of each read and each conditional update) paid
 * two serializations: a fifth of the store's CPU in a burst.
 * <p>
 * The order only has to be total and to hold equal exactly the keys the index must refuse twice:
 * values of different kinds are ordered by kind (a document, an array, or else the value's class),
 * values of the common classes by their own order, any other value by its stored bytes.
 */
final class StoredKeyType extends BasicDataType<KeyValue> {

	static final StoredKeyType INSTANCE = new StoredKeyType();

	private static final Set<Class<?>> SELF_ORDERED = Set.of(String.class, Integer.class, Long.class, Double.class,
			Boolean.class, Instant.class, UUID.class, ObjectId.class);

	@Override
	public int compare(KeyValue one, KeyValue other) {
		int sizes = Integer.compare(one.size(), other.size());
		if (sizes != 0) {
			return sizes;
		}
		for (int i = 0; i < one.size(); i++) {
			int values = compareValues(one.get(i), other.get(i));
			if (values != 0) {
				return values;
			}
		}
		return 0;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static int compareValues(Object one, Object other) {
		if (one == other) {
			return 0;
		}
		if (one == null || other == null) {
			return (one == null) ? -1 : 1;
		}
		// Every id the platform makes is a string, and a look-up compares ~17 keys: naming both kinds
		// and looking the class up for each was 9 % of the store's CPU in a burst (JFR).
		if (one instanceof String text && other instanceof String otherText) {
			return text.compareTo(otherText);
		}
		String kind = kindOf(one);
		int kinds = kind.compareTo(kindOf(other));
		if (kinds != 0) {
			return kinds;
		}
		if (SELF_ORDERED.contains(one.getClass())) {
			return ((Comparable) one).compareTo(other);
		}
		return Arrays.compareUnsigned(bytesOf(one), bytesOf(other));
	}

	/** Any map is a document and any collection an array, as on the wire. */
	private static String kindOf(Object value) {
		if (value instanceof Map) {
			return "document";
		}
		return (value instanceof Collection) ? "array" : value.getClass().getName();
	}

	private static byte[] bytesOf(Object value) {
		WriteBuffer buffer = new WriteBuffer();
		StoredBson.writeValue(buffer, value);
		ByteBuffer written = buffer.getBuffer().flip();
		byte[] bytes = new byte[written.remaining()];
		written.get(bytes);
		return bytes;
	}

	@Override
	public int getMemory(KeyValue key) {
		int memory = 24;
		for (Object value : key) {
			memory += 8 + StoredBson.memoryOf(value);
		}
		return memory;
	}

	@Override
	public void write(WriteBuffer buffer, KeyValue key) {
		buffer.putVarInt(key.size());
		for (Object value : key) {
			StoredBson.writeValue(buffer, value);
		}
	}

	@Override
	public KeyValue read(ByteBuffer buffer) {
		int size = DataUtils.readVarInt(buffer);
		List<Object> values = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			values.add(StoredBson.readValue(buffer));
		}
		return new KeyValue(values);
	}

	@Override
	public KeyValue[] createStorage(int size) {
		return new KeyValue[size];
	}

	private StoredKeyType() {
	}

}
