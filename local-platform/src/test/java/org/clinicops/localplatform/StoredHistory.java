package org.clinicops.localplatform;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;

/**
 * The data of a clinic's years, put into a running stack at once: copies of documents the run
 * already stored, under new ids and new values of every other unique key, with no events waiting.
 * A benchmark runs again on top of it to show whether the cost of an event grows with the data.
 */
final class StoredHistory {

	private static final int BATCH = 1_000;

	private StoredHistory() {
	}

	/** Adds {@code copies} documents to the collection, copied in turn from the first hundred stored there. */
	static void add(String mongoUri, String database, String collection, int copies) {
		List<String> ids = new ArrayList<>(copies);
		for (int i = 0; i < copies; i++) {
			ids.add(UUID.randomUUID().toString());
		}
		addUnder(mongoUri, database, collection, ids);
	}

	/** Adds a document under each of these ids, copied in turn from the first hundred stored there. */
	static void addUnder(String mongoUri, String database, String collection, List<String> ids) {
		try (MongoClient client = MongoClients.create(mongoUri)) {
			MongoCollection<Document> documents = client.getDatabase(database).getCollection(collection);
			List<Document> originals = documents.find().limit(100).into(new ArrayList<>());
			if (originals.isEmpty()) {
				throw new IllegalStateException(database + "." + collection + " holds nothing to copy");
			}
			List<String> uniqueKeys = uniqueKeys(documents);
			List<Document> batch = new ArrayList<>(BATCH);
			for (int i = 0; i < ids.size(); i++) {
				Document copy = new Document(originals.get(i % originals.size()));
				copy.put("_id", ids.get(i));
				uniqueKeys.forEach(key -> copy.put(key, UUID.randomUUID().toString()));
				copy.remove("outbox");
				batch.add(copy);
				if (batch.size() == BATCH || i == ids.size() - 1) {
					documents.insertMany(batch);
					batch.clear();
				}
			}
		}
	}

	private static List<String> uniqueKeys(MongoCollection<Document> documents) {
		List<String> keys = new ArrayList<>();
		for (Document index : documents.listIndexes()) {
			if (!index.getBoolean("unique", false)) {
				continue;
			}
			for (String key : index.get("key", Document.class).keySet()) {
				if (key.contains(".")) {
					throw new IllegalStateException("a unique key inside a document is not copied: " + key);
				}
				if (!key.equals("_id")) {
					keys.add(key);
				}
			}
		}
		return keys;
	}

}
