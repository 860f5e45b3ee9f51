package org.clinicops.localplatform;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import org.clinicops.mongowire.IdQuery;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The file-backed MongoDB-wire server, answering a query that names one {@code _id} (or a list) from its
 * {@code _id} index, as real MongoDB does. mongo-java-server 1.47 uses an index only when the query
 * names exactly the index's keys, so every conditional update ({@code _id} and a version, or
 * {@code _id} and a condition on the document) scanned the whole collection: the cost of a booking
 * grew with the appointments already stored. Here the document with that id is found by the index
 * and the rest of the query is then matched against it (the same in the tests' in-memory server).
 * <p>
 * The non-unique indexes the services declare, which the wire server ignores, are kept here
 * ({@link SecondaryIndex}): a query their keys narrow reads only the documents in that range, and a page
 * of a sorted query that follows an index's order reads the range in that order and stops after the
 * page, as on MongoDB. The answer is the one reading every document would give, in the same order.
 * <p>
 * Documents and index keys are kept in the file as {@link StoreFormat} says, not Java-serialized.
 */
final class IdIndexedH2Backend extends H2Backend {

	IdIndexedH2Backend(MVStore store) {
		super(store);
	}

	@Override
	protected MongoDatabase openOrCreateDatabase(String databaseName) {
		return new Database(databaseName, getMvStore(), getCursorRegistry());
	}

	private final class Database extends H2Database {

		Database(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
			super(databaseName, store, cursorRegistry);
		}

		@Override
		protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
				boolean sparse) {
			MVMap<Object, Document> documents = getMvStore()
				.openMap("databases." + getFullCollectionNamespace(collectionName), StoreFormat.documents());
			return new SecondaryIndex(indexName, keys, sparse, documents.getKeyType()::compare);
		}

		@Override
		protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
			String namespace = getFullCollectionNamespace(collectionName);
			MVStore store = getMvStore();
			return new Collection(this, collectionName, options, store.openMap("databases." + namespace,
					StoreFormat.documents()), store.openMap("meta." + namespace), this.cursorRegistry);
		}

		@Override
		protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
				boolean sparse) {
			MVMap<KeyValue, Object> positions = getMvStore()
				.openMap(StoreFormat.indexMapName(getFullCollectionNamespace(collectionName), indexName), StoreFormat.indexKeys());
			return new StoredUniqueIndex(indexName, keys, sparse, positions);
		}

	}

	private static final class Collection extends H2Collection {

		Collection(MongoDatabase database, String collectionName, CollectionOptions options,
				MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
			super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
		}

		/**
		 * Under the collection's lock, as its reads and writes are: the wire server adds an index under
		 * the database's lock only, so an index created or dropped while a service wrote (a relay
		 * declaring its indexes as the listeners start) failed the write, and an index built while a
		 * document was added could miss it.
		 */
		@Override
		public synchronized void addIndex(Index<Object> index) {
			super.addIndex(index);
		}

		@Override
		public synchronized void dropIndex(String indexName) {
			super.dropIndex(indexName);
		}

		@Override
		protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
				int batchSize, Document fieldSelector) {
			Document byId = IdQuery.byId(query);
			if (byId != null) {
				// The documents at the index's positions, matched against the rest of the query in one
				// pass: asking the collection for them first copied each document twice.
				for (Index<Object> index : getIndexes()) {
					if (index.canHandle(byId)) {
						return matchDocuments(IdQuery.withoutId(query), index.getPositions(byId), orderBy, numberToSkip, limit,
								batchSize, fieldSelector);
					}
				}
			}
			if (!isNaturalOrder(orderBy)) {
				boolean page = limit > 0 && numberToSkip >= 0 && numberToSkip <= Integer.MAX_VALUE - limit;
				SecondaryIndex.Walk walk = bestWalk(query, page ? orderBy : null);
				if (walk != null && walk.sorted()) {
					return matchDocumentsFromStream(query, firstMatches(query, walk, numberToSkip + limit), numberToSkip,
							limit, batchSize, deriveComparator(orderBy), fieldSelector);
				}
				if (walk != null) {
					return matchDocumentsFromStream(documents(walk), query, orderBy, numberToSkip, limit, batchSize,
							fieldSelector);
				}
			}
			return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
		}

		private static boolean isNaturalOrder(Document orderBy) {
			return orderBy != null && !orderBy.isEmpty() && orderBy.keySet().iterator().next().equals("$natural");
		}

		/** A walk in the query's order if an index gives one (a page of a sorted query), else the narrowest, else none. */
		private SecondaryIndex.Walk bestWalk(Document query, Document orderBy) {
			SecondaryIndex.Walk best = null;
			for (Index<Object> index : getIndexes()) {
				SecondaryIndex.Walk walk = (index instanceof SecondaryIndex secondary) ? secondary.walk(query, orderBy) : null;
				if (walk != null && (best == null || (walk.sorted() && !best.sorted())
						|| (walk.sorted() == best.sorted() && walk.narrowed() > best.narrowed()))) {
					best = walk;
				}
			}
			return best;
		}

		/**
		 * The first {@code wanted} matches in the walk's order, and every match after them that sorts
		 * alike with the last (one of those may come first in the store's order), in the store's order.
		 */
		private Stream<Document> firstMatches(Document query, SecondaryIndex.Walk walk, int wanted) {
			Map<Object, Document> found = new TreeMap<>(walk.storeOrder());
			Object[] last = null;
			for (Object[] entry : walk.entries()) {
				if (last != null && !walk.sortAlike(last, entry)) {
					break;
				}
				Object position = SecondaryIndex.position(entry);
				if (!found.containsKey(position)) {
					Document document = getDocument(position);
					if (document != null && documentMatchesQuery(document, query)) {
						found.put(position, document);
						if (last == null && found.size() == wanted) {
							last = entry;
						}
					}
				}
			}
			return found.values().stream();
		}

		/** The documents of the walk's entries, once each, in the store's order. */
		private Stream<Document> documents(SecondaryIndex.Walk walk) {
			Set<Object> positions = new TreeSet<>(walk.storeOrder());
			walk.entries().forEach(entry -> positions.add(SecondaryIndex.position(entry)));
			return positions.stream().map(this::getDocument).filter(Objects::nonNull);
		}

		/**
		 * A sorted query with a limit (a list's page) keeps only the best {@code skip + limit} matches
		 * as it reads the collection, not every match: the wire server sorted all of them at once, so
		 * the first page of 25,000 open alerts held 25,000 documents in the heap it shares with the
		 * broker, and a benchmark run with its pages ran out of memory. Matches that sort alike keep the
		 * collection's order, as the wire server's own stable sort does.
		 */
		@Override
		protected QueryResult matchDocumentsFromStream(Document query, Stream<Document> documents, int numberToSkip,
				int limit, int batchSize, Comparator<Document> comparator, Document fieldSelector) {
			Set<String> excluded = this.changing ? null : excludedFields(fieldSelector);
			if (excluded != null) {
				List<Document> matched = matchDocumentsFromStream(query, documents, numberToSkip, limit, 0, comparator, null)
					.collectDocuments();
				return createQueryResult(matched.stream().map(document -> without(document, excluded)).toList(), batchSize);
			}
			if (comparator == null || limit <= 0 || numberToSkip < 0 || numberToSkip > Integer.MAX_VALUE - limit) {
				return super.matchDocumentsFromStream(query, documents, numberToSkip, limit, batchSize, comparator,
						fieldSelector);
			}
			int kept = numberToSkip + limit;
			Comparator<Ranked> order = Comparator.comparing(Ranked::document, comparator).thenComparingLong(Ranked::read);
			PriorityQueue<Ranked> best = new PriorityQueue<>(kept + 1, order.reversed());
			AtomicLong read = new AtomicLong();
			documents.filter(document -> documentMatchesQuery(document, query)).forEach(document -> {
				best.add(new Ranked(document, read.getAndIncrement()));
				if (best.size() > kept) {
					best.poll();
				}
			});
			Stream<Document> inReadOrder = best.stream()
				.sorted(Comparator.comparingLong(Ranked::read))
				.map(Ranked::document);
			return super.matchDocumentsFromStream(query, inReadOrder, numberToSkip, limit, batchSize, comparator,
					fieldSelector);
		}

		/**
		 * The fields a projection leaves out, when it only leaves out fields of the document itself
		 * (the groups read for a placement without their holders and members); null for any other.
		 */
		private static Set<String> excludedFields(Document fieldSelector) {
			if (fieldSelector == null || fieldSelector.isEmpty()) {
				return null;
			}
			for (Map.Entry<String, Object> field : fieldSelector.entrySet()) {
				boolean excluded = (field.getValue() instanceof Boolean || field.getValue() instanceof Number)
						&& !Utils.isTrue(field.getValue());
				if (!excluded || field.getKey().contains(".")) {
					return null;
				}
			}
			return fieldSelector.keySet();
		}

		/**
		 * The document without those fields, its other values shared, not copied: the wire server's
		 * projection copied the whole document first, the very arrays it was asked to leave out included
		 * (4 % of the store's CPU in a burst, JFR). A find answers with the documents the store keeps, so
		 * sharing their values is as safe.
		 */
		private static Document without(Document document, Set<String> excluded) {
			Document projected = new Document(document);
			excluded.forEach(projected::remove);
			return projected;
		}

		/** A match and its place in the order the collection was read. */
		private record Ranked(Document document, long read) {
		}

		/**
		 * No running total of the collection's data size, which only {@code collStats} reports and
		 * nothing here reads: to keep it the wire server encoded every document it added, changed or
		 * removed once more, only to count its bytes, and wrote the total to the store's meta map, a
		 * tenth of the store's CPU in a burst (JFR). {@code collStats} shows the size last kept.
		 */
		@Override
		protected boolean tracksDataSize() {
			return false;
		}

		/** Set while an update or a find-and-modify runs; guarded by the collection's own lock. */
		private boolean changing;

		@Override
		public synchronized Document updateDocuments(Document selector, Document updateQuery, ArrayFilters arrayFilters,
				boolean isMulti, boolean isUpsert, Oplog oplog) {
			return changing(() -> super.updateDocuments(selector, updateQuery, arrayFilters, isMulti, isUpsert, oplog));
		}

		@Override
		public synchronized Document findAndModify(Document query) {
			return changing(() -> super.findAndModify(query));
		}

		private Document changing(Supplier<Document> change) {
			this.changing = true;
			try {
				return change.get();
			}
			finally {
				this.changing = false;
			}
		}

		/**
		 * Copies of what an update or a find-and-modify found, never the documents the store keeps. The
		 * wire server changes a document it found in place (removes and adds its fields), and H2 writes
		 * earlier versions of the store's pages on its own thread from those same objects: a change made
		 * while that thread was encoding the document failed the write
		 * ({@code ConcurrentModificationException}), and a store whose write failed closes and stops
		 * answering. Nothing else changes a document it found, so a find answers with the documents the
		 * store keeps: copying every document found, finds' as well, was 9 % of the store's CPU in a
		 * burst (JFR).
		 */
		@Override
		protected QueryResult createQueryResult(List<Document> matchedDocuments, int batchSize) {
			return super.createQueryResult(
					this.changing ? matchedDocuments.stream().map(Document::cloneDeeply).toList() : matchedDocuments,
					batchSize);
		}

	}

}
