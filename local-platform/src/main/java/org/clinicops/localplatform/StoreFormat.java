package org.clinicops.localplatform;

import java.nio.file.Path;
import java.util.List;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * How the local store's file holds collections and unique indexes: documents as BSON
 * ({@link StoredDocumentType}), index keys in their own order ({@link StoredKeyType}). A file written
 * before, with H2's Java serialization, is rewritten once before it opens, in one commit: a stop
 * halfway leaves the file as it was, to be rewritten at the next start.
 */
final class StoreFormat {

	/** No database name holds a {@code $}, so dropping a database never takes this map with it. */
	private static final String FORMAT_MAP = "$store-format";

	private static final String FORMAT_KEY = "format";

	private static final String BSON = "bson";

	private static final String DOCUMENTS_PREFIX = "databases.";

	private static final String INDEX_INFIX = "._index_";

	static MVMap.Builder<Object, Document> documents() {
		return new MVMap.Builder<Object, Document>().valueType(StoredDocumentType.INSTANCE);
	}

	static MVMap.Builder<KeyValue, Object> indexKeys() {
		return new MVMap.Builder<KeyValue, Object>().keyType(StoredKeyType.INSTANCE);
	}

	/** The map of a unique index, named as the wire server's H2 backend names it. */
	static String indexMapName(String collectionNamespace, String indexName) {
		return collectionNamespace + INDEX_INFIX + indexName;
	}

	/**
	 * Rewrites a file of the earlier form; a new or rewritten file is only marked. The file is opened
	 * with auto-commit off, so nothing of a rewrite reaches it before the one commit at the end.
	 */
	static void upgrade(Path file) {
		MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
		try {
			MVMap<String, String> format = store.openMap(FORMAT_MAP);
			if (!BSON.equals(format.get(FORMAT_KEY))) {
				for (String name : List.copyOf(store.getMapNames())) {
					if (name.startsWith(DOCUMENTS_PREFIX)) {
						rewrite(store, name, documents());
					}
					else if (name.contains(INDEX_INFIX)) {
						rewrite(store, name, indexKeys());
					}
				}
				format.put(FORMAT_KEY, BSON);
				store.commit();
			}
		}
		catch (RuntimeException ex) {
			// Closing would store what the rewrite had done so far.
			store.closeImmediately();
			throw ex;
		}
		store.close();
	}

	private static <K, V> void rewrite(MVStore store, String name, MVMap.Builder<K, V> builder) {
		MVMap<K, V> written = store.openMap(name);
		MVMap<K, V> rewritten = store.openMap(name + ".rewritten", builder);
		rewritten.putAll(written);
		store.removeMap(written);
		store.renameMap(rewritten, name);
	}

	private StoreFormat() {
	}

}
