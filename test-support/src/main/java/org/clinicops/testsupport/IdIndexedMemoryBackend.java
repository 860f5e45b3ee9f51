package org.clinicops.testsupport;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import org.clinicops.mongowire.IdQuery;

/**
 * The in-memory MongoDB-wire server, answering a query that names one {@code _id} (or a list) from its
 * {@code _id} index, as real MongoDB does. mongo-java-server 1.47 uses an index only when the query
 * names exactly the index's keys, so a conditional update ({@code _id} and a version, or {@code _id}
 * and a condition on the document) scanned the whole collection, a cost that grew with the data and
 * that real MongoDB does not have. Here the document with that id is found by the index and the
 * rest of the query is then matched against it.
 */
public final class IdIndexedMemoryBackend extends MemoryBackend {

	@Override
	public MemoryDatabase openOrCreateDatabase(String databaseName) {
		return new Database(databaseName, getCursorRegistry());
	}

	private static final class Database extends MemoryDatabase {

		Database(String databaseName, CursorRegistry cursorRegistry) {
			super(databaseName, cursorRegistry);
		}

		@Override
		protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
			return new Collection(this, collectionName, options, this.cursorRegistry);
		}

	}

	private static final class Collection extends MemoryCollection {

		Collection(MongoDatabase database, String collectionName, CollectionOptions options,
				CursorRegistry cursorRegistry) {
			super(database, collectionName, options, cursorRegistry);
		}

		@Override
		protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
				int batchSize, Document fieldSelector) {
			Document byId = IdQuery.byId(query);
			if (byId != null) {
				// The documents at the index's positions, matched against the rest of the query in one
				// pass, as the local store does it (where a second pass copied each document twice).
				for (Index<Integer> index : getIndexes()) {
					if (index.canHandle(byId)) {
						return matchDocuments(IdQuery.withoutId(query), index.getPositions(byId), orderBy, numberToSkip, limit,
								batchSize, fieldSelector);
					}
				}
			}
			return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
		}

	}

}
