package org.clinicops.common.outbox;

import java.util.Date;
import java.util.List;

import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
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

	/** The oldest markers of these collections. */
	List<Marker> oldest(List<String> collections, int limit) {
		Query oldest = Query.query(Criteria.where("collection").in(collections))
			.with(Sort.by("since", "_id"))
			.limit(limit);
		return this.mongo.find(oldest, Document.class, COLLECTION)
			.stream()
			.map(marker -> new Marker(marker.getString("_id"), marker.getString("collection"), marker.get("documentId"),
					marker.get("seq")))
			.toList();
	}

	/** The marker's document was published: the marker goes, unless it was marked again since it was read. */
	void settle(Marker marker) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(marker.id()).and("seq").is(marker.seq())), COLLECTION);
	}

	private static String idOf(String collection, Object documentId) {
		return collection + "|" + documentId;
	}

	/** A marker as read; its {@code seq} is kept as stored, so that comparing it again matches exactly. */
	record Marker(String id, String collection, Object documentId, Object seq) {
	}

}
