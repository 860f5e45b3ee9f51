package org.clinicops.common.outbox;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Which documents hold unpublished events: one small marker per document, written once the
 * events are, so the relay reads the markers instead of searching every document of every outbox
 * collection (a search the MongoDB-wire server answers by scanning: a cost that grew with all the
 * data ever stored). Each marking counts up the marker's {@code seq}; the relay removes a marker
 * only if nobody marked it again while it published, so events stored meanwhile keep theirs.
 */
public class OutboxPending {

	static final String COLLECTION = "outbox_pending";

	private static final String CLAIM = "claim";

	private static final String CLAIMED_UNTIL = "claimedUntil";

	private final MongoOperations mongo;

	public OutboxPending(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/** The document (of the collection, by id) has stored events: the relay is woken to publish them now. */
	public void mark(String collection, Object documentId) {
		this.mongo.upsert(markerOf(collection, documentId), marking(collection, documentId), COLLECTION);
		OutboxWakeUp.of(this.mongo).marked(idOf(collection, documentId));
	}

	/** {@link #mark} for many documents of one collection, with one write. */
	void markAll(String collection, List<?> documentIds) {
		if (documentIds.isEmpty()) {
			return;
		}
		BulkOperations marking = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
		documentIds.forEach(documentId -> marking.upsert(markerOf(collection, documentId), marking(collection, documentId)));
		marking.execute();
		documentIds.forEach(documentId -> OutboxWakeUp.of(this.mongo).marked(idOf(collection, documentId)));
	}

	private static Query markerOf(String collection, Object documentId) {
		return Query.query(Criteria.where("_id").is(idOf(collection, documentId)));
	}

	private static Update marking(String collection, Object documentId) {
		return new Update().inc("seq", 1)
			.setOnInsert("collection", collection)
			.setOnInsert("documentId", documentId)
			.setOnInsert("since", new Date());
	}

	/** The oldest markers of these collections, claimed or not. */
	List<Marker> oldest(List<String> collections, int limit) {
		Query oldest = Query.query(Criteria.where("collection").in(collections)).with(Sort.by("since", "_id")).limit(limit);
		return this.mongo.find(oldest, Document.class, COLLECTION).stream().map(OutboxPending::marker).toList();
	}

	/**
	 * Claims for one pass the oldest markers of these collections that no relay holds: each is
	 * left to this pass until the lease runs out, so relays of several instances never both
	 * publish one document's events. The index {@code oldest} answers it (a walk per collection, merged
	 * by age), so a pass reads from the oldest marker on until it has its batch, not the whole backlog.
	 */
	List<Marker> claimOldest(List<String> collections, int limit, Duration lease) {
		Date now = new Date();
		Query oldest = Query.query(unclaimed(Criteria.where("collection").in(collections), now))
			.with(Sort.by("since", "_id"))
			.limit(limit);
		oldest.fields().include("_id");
		return claim(this.mongo.find(oldest, Document.class, COLLECTION).stream().map(marker -> marker.getString("_id")).toList(),
				lease);
	}

	/** Claims the marker of one document, unless another pass holds it (which publishes its events then). */
	Optional<Marker> claim(String collection, Object documentId, Duration lease) {
		return claim(idOf(collection, documentId), lease);
	}

	/**
	 * Claims the markers of these ids that no relay holds and that are still pending, in the order
	 * they were marked: by id, so that the relay publishing what was just stored searches nothing.
	 */
	List<Marker> claim(List<String> markerIds, Duration lease) {
		if (markerIds.isEmpty()) {
			return List.of();
		}
		if (markerIds.size() == 1) {
			return claim(markerIds.get(0), lease).map(List::of).orElse(List.of());
		}
		Date now = new Date();
		String claim = UUID.randomUUID().toString();
		this.mongo.updateMulti(Query.query(unclaimed(Criteria.where("_id").in(markerIds), now)),
				new Update().set(CLAIM, claim).set(CLAIMED_UNTIL, Date.from(now.toInstant().plus(lease))), COLLECTION);
		return this.mongo.find(Query.query(Criteria.where("_id").in(markerIds).and(CLAIM).is(claim))
			.with(Sort.by("since", "_id")), Document.class, COLLECTION).stream().map(OutboxPending::marker).toList();
	}

	private Optional<Marker> claim(String markerId, Duration lease) {
		Date now = new Date();
		Document claimed = this.mongo.findAndModify(Query.query(unclaimed(Criteria.where("_id").is(markerId), now)),
				new Update().set(CLAIM, UUID.randomUUID().toString()).set(CLAIMED_UNTIL, Date.from(now.toInstant().plus(lease))),
				FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION);
		return Optional.ofNullable(claimed).map(OutboxPending::marker);
	}

	/**
	 * The markers' documents were published: each marker goes, unless it was marked again since it
	 * was read; those are let go for the next pass to publish what was stored meanwhile. One bulk
	 * delete for all of them, and one more update only when some were marked again; tells whether
	 * every marker went.
	 */
	boolean settle(List<Marker> markers) {
		if (markers.isEmpty()) {
			return true;
		}
		BulkOperations removal = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
		markers.forEach(marker -> removal.remove(Query.query(Criteria.where("_id").is(marker.id()).and("seq").is(marker.seq()))));
		if (removal.execute().getDeletedCount() == markers.size()) {
			return true;
		}
		release(markers);
		return false;
	}

	/** Claimed markers whose documents were not published (the broker did not answer): free for the next pass. */
	void release(List<Marker> markers) {
		if (markers.isEmpty()) {
			return;
		}
		this.mongo.updateMulti(
				Query.query(Criteria.where("_id").in(markers.stream().map(Marker::id).toList())
					.and(CLAIM).in(markers.stream().map(Marker::claim).distinct().toList())),
				new Update().unset(CLAIM).unset(CLAIMED_UNTIL), COLLECTION);
	}

	/** The indexes real MongoDB needs for the relays' queries (the MongoDB-wire server ignores them). */
	void declareIndexes() {
		IndexOperations indexes = this.mongo.indexOps(COLLECTION);
		indexes.createIndex(new Index().on("collection", Sort.Direction.ASC)
			.on("since", Sort.Direction.ASC)
			.on("_id", Sort.Direction.ASC)
			.named("oldest"));
		indexes.createIndex(new Index().on(CLAIM, Sort.Direction.ASC).sparse().named("claim"));
	}

	/** The criteria, for markers no relay holds (never claimed, or their lease ran out). */
	private static Criteria unclaimed(Criteria criteria, Date now) {
		return criteria.orOperator(Criteria.where(CLAIMED_UNTIL).exists(false), Criteria.where(CLAIMED_UNTIL).lt(now));
	}

	private static Marker marker(Document marker) {
		return new Marker(marker.getString("_id"), marker.getString("collection"), marker.get("documentId"),
				marker.get("seq"), marker.getString(CLAIM));
	}

	private static String idOf(String collection, Object documentId) {
		return collection + "|" + documentId;
	}

	/** Whether the marker is of a document in one of these collections. */
	static boolean isOfAny(String markerId, List<String> collections) {
		return collections.stream().anyMatch(collection -> markerId.startsWith(collection + "|"));
	}

	/**
	 * A marker as claimed; its {@code seq} is kept as stored, so that comparing it again matches
	 * exactly, and {@code claim} names the pass that holds it.
	 */
	record Marker(String id, String collection, Object documentId, Object seq, String claim) {
	}

}
