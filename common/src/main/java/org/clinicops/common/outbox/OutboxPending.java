package org.clinicops.common.outbox;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bson.Document;

import org.springframework.data.domain.Sort;
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
		this.mongo.upsert(Query.query(Criteria.where("_id").is(idOf(collection, documentId))),
				new Update().inc("seq", 1)
					.setOnInsert("collection", collection)
					.setOnInsert("documentId", documentId)
					.setOnInsert("since", new Date()),
				COLLECTION);
		OutboxWakeUp.of(this.mongo).ring();
	}

	/** The oldest markers of these collections, claimed or not. */
	List<Marker> oldest(List<String> collections, int limit) {
		Query oldest = Query.query(Criteria.where("collection").in(collections)).with(Sort.by("since", "_id")).limit(limit);
		return this.mongo.find(oldest, Document.class, COLLECTION).stream().map(OutboxPending::marker).toList();
	}

	/**
	 * Claims for one pass the oldest markers of these collections that no relay holds: each is
	 * left to this pass until the lease runs out, so relays of several instances never both
	 * publish one document's events. The markers are few, so finding them is cheap.
	 */
	List<Marker> claimOldest(List<String> collections, int limit, Duration lease) {
		Date now = new Date();
		Query oldest = Query.query(new Criteria().andOperator(Criteria.where("collection").in(collections), unclaimed(now)))
			.with(Sort.by("since", "_id"))
			.limit(limit);
		oldest.fields().include("_id");
		List<Object> ids = this.mongo.find(oldest, Document.class, COLLECTION).stream().map(marker -> marker.get("_id")).toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		String claim = UUID.randomUUID().toString();
		this.mongo.updateMulti(Query.query(new Criteria().andOperator(Criteria.where("_id").in(ids), unclaimed(now))),
				new Update().set(CLAIM, claim).set(CLAIMED_UNTIL, Date.from(now.toInstant().plus(lease))), COLLECTION);
		return this.mongo.find(Query.query(Criteria.where(CLAIM).is(claim)).with(Sort.by("since", "_id")), Document.class,
				COLLECTION).stream().map(OutboxPending::marker).toList();
	}

	/** Claims the marker of one document, unless another pass holds it (which publishes its events then). */
	Optional<Marker> claim(String collection, Object documentId, Duration lease) {
		Date now = new Date();
		Document claimed = this.mongo.findAndModify(
				Query.query(new Criteria().andOperator(Criteria.where("_id").is(idOf(collection, documentId)), unclaimed(now))),
				new Update().set(CLAIM, UUID.randomUUID().toString()).set(CLAIMED_UNTIL, Date.from(now.toInstant().plus(lease))),
				FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION);
		return Optional.ofNullable(claimed).map(OutboxPending::marker);
	}

	/**
	 * The marker's document was published: the marker goes, unless it was marked again since it
	 * was read; then it is let go for the next pass to publish what was stored meanwhile.
	 */
	void settle(Marker marker) {
		if (this.mongo.remove(Query.query(Criteria.where("_id").is(marker.id()).and("seq").is(marker.seq())), COLLECTION)
			.getDeletedCount() == 0) {
			release(marker);
		}
	}

	/** A claimed marker whose document was not published (the broker did not answer): free for the next pass. */
	void release(Marker marker) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(marker.id()).and(CLAIM).is(marker.claim())),
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

	private static Criteria unclaimed(Date now) {
		return new Criteria().orOperator(Criteria.where(CLAIMED_UNTIL).exists(false), Criteria.where(CLAIMED_UNTIL).lt(now));
	}

	private static Marker marker(Document marker) {
		return new Marker(marker.getString("_id"), marker.getString("collection"), marker.get("documentId"),
				marker.get("seq"), marker.getString(CLAIM));
	}

	private static String idOf(String collection, Object documentId) {
		return collection + "|" + documentId;
	}

	/**
	 * A marker as claimed; its {@code seq} is kept as stored, so that comparing it again matches
	 * exactly, and {@code claim} names the pass that holds it.
	 */
	record Marker(String id, String collection, Object documentId, Object seq, String claim) {
	}

}
