package org.clinicops.localplatform;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import de.bwaldvogel.mongo.bson.Document;

/**
 * The BSON each document in the store's memory was last read from its file or written to it as.
 * H2 writes a changed page whole, and a page holds many documents: each commit encoded again every
 * unchanged neighbour of every changed document, an eighth of the store's CPU in a burst (JFR). With
 * this, a document is encoded once for as long as it stays in memory.
 * <p>
 * A document's BSON can be kept because the store never changes a document it holds: the wire
 * server changes copies ({@code IdIndexedH2Backend}'s query results are copies) and puts each changed
 * copy in as a new document. Kept by identity and weakly, so an entry goes once H2 drops the pages
 * that held its document.
 */
final class KnownBson {

	private final Map<Key, byte[]> bsonByDocument = new ConcurrentHashMap<>();

	private final ReferenceQueue<Document> dropped = new ReferenceQueue<>();

	/**
	 * The document's BSON, if known. Asked by the thread writing pages, which also forgets what was
	 * dropped: the queue's lock is then not taken by every thread reading a page.
	 */
	byte[] of(Document document) {
		forgetDropped();
		return this.bsonByDocument.get(new Key(document, null));
	}

	void remember(Document document, byte[] bson) {
		this.bsonByDocument.put(new Key(document, this.dropped), bson);
	}

	private void forgetDropped() {
		for (Reference<? extends Document> gone = this.dropped.poll(); gone != null; gone = this.dropped.poll()) {
			this.bsonByDocument.remove(gone);
		}
	}

	/** Equal only to a key of the same document object: hashing a document's content would walk all of it. */
	private static final class Key extends WeakReference<Document> {

		private final int hash;

		Key(Document document, ReferenceQueue<Document> dropped) {
			super(document, dropped);
			this.hash = System.identityHashCode(document);
		}

		@Override
		public int hashCode() {
			return this.hash;
		}

		@Override
		public boolean equals(Object other) {
			if (this == other) {
				return true;
			}
			Document document = get();
			return other instanceof Key key && document != null && document == key.get();
		}

	}

}
