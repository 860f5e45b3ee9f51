package org.clinicops.localplatform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The local store's own figures, measured in this JVM through the MongoDB driver against the same
 * store as the platform, in a database of its own that is dropped after: what the platform's
 * database work is measured against, as one hop is against raw Kafka. Each figure is commands of
 * one kind from 8 clients at once, each client sending its next as soon as the last was answered,
 * on documents of about 600 B, in a store that holds only the documents inserted before.
 *
 * @param insertsPerSecond documents inserted a second, one per command
 * @param findsPerSecond documents found by {@code _id} a second, one per command
 * @param updatesPerSecond documents changed by {@code _id} a second ({@code $set} and {@code $inc}), one per command
 * @param bulkInsertsPerSecond documents inserted a second, 100 per command
 * @param bulkUpdatesPerSecond documents changed by {@code _id} a second, 100 per command
 */
record RawStore(double insertsPerSecond, double findsPerSecond, double updatesPerSecond, double bulkInsertsPerSecond,
		double bulkUpdatesPerSecond) {

	private static final int BULK = 100;

	private static final String PAYLOAD = "x".repeat(480);

	private static final Bson CHANGE = Updates.combine(Updates.set("status", "CHANGED"), Updates.inc("version", 1));

	static RawStore measure(String mongoUri, Duration each) throws Exception {
		try (MongoClient client = MongoClients.create(mongoUri)) {
			MongoCollection<Document> documents = client.getDatabase("benchmark_raw").getCollection("documents");
			try {
				AtomicInteger inserted = new AtomicInteger();
				double inserts = perSecond(each, () -> documents.insertOne(document(inserted.getAndIncrement())));
				int stored = inserted.get();
				double finds = perSecond(each, () -> documents.find(Filters.eq("_id", anyOf(stored))).first());
				double updates = perSecond(each, () -> documents.updateOne(Filters.eq("_id", anyOf(stored)), CHANGE));
				double bulk = BULK * perSecond(each, () -> {
					List<Document> batch = new ArrayList<>(BULK);
					for (int i = 0; i < BULK; i++) {
						batch.add(document(inserted.getAndIncrement()));
					}
					documents.insertMany(batch);
				});
				double bulkUpdates = BULK * perSecond(each, () -> {
					List<UpdateOneModel<Document>> batch = new ArrayList<>(BULK);
					for (int i = 0; i < BULK; i++) {
						batch.add(new UpdateOneModel<>(Filters.eq("_id", anyOf(stored)), CHANGE));
					}
					documents.bulkWrite(batch, new BulkWriteOptions().ordered(false));
				});
				return new RawStore(inserts, finds, updates, bulk, bulkUpdates);
			}
			finally {
				client.getDatabase("benchmark_raw").drop();
			}
		}
	}

	private static Document document(int n) {
		return new Document("_id", "document-" + n).append("version", 0L)
			.append("status", "NEW")
			.append("kind", "INDIVIDUAL_COUNSELING")
			.append("owner", "owner-" + (n % 1_000))
			.append("payload", PAYLOAD);
	}

	private static String anyOf(int stored) {
		return "document-" + ThreadLocalRandom.current().nextInt(stored);
	}

	/**
	 * Commands answered a second by 8 clients sending one after another for the given time, after
	 * as long again of the same commands uncounted: the store's code for them compiled first.
	 */
	private static double perSecond(Duration each, Runnable command) throws Exception {
		countPerSecond(each, command);
		return countPerSecond(each, command);
	}

	private static double countPerSecond(Duration each, Runnable command) throws Exception {
		return EightClients.perSecond(() -> {
			command.run();
			return true;
		}, each);
	}

}
