package org.clinicops.mongowire;

import java.util.Collection;

import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;

/**
 * What a query asks of the {@code _id} index. mongo-java-server 1.47 uses an index only when the
 * query names exactly the index's keys, so a conditional update ({@code _id} and a version, or
 * {@code _id} and a condition on the document) scanned the whole collection, a cost that grew with
 * the data and that real MongoDB does not have. The stores built on it here (the tests' in-memory
 * one, the local stack's file-backed one) find the documents a query names by the index and match
 * them against the rest of the query.
 */
public final class IdQuery {

	private IdQuery() {
	}

	/**
	 * The query narrowed to the {@code _id} it names, or to its list of ids ({@code $in}), which the
	 * id index answers; null when it names none or no plain one.
	 */
	public static Document byId(Document query) {
		Object id = query.get("_id");
		if (id == null) {
			return null;
		}
		if (id instanceof Document condition) {
			boolean plainIds = condition.size() == 1 && condition.get("$in") instanceof Collection<?> ids
					&& ids.stream().allMatch(IdQuery::plain);
			return plainIds ? new Document("_id", condition) : null;
		}
		return plain(id) ? new Document("_id", id) : null;
	}

	/**
	 * The rest of the query, for the documents the id index found for it: they hold one of the ids
	 * by how they were found. Matched against the list of ids again, each document was compared
	 * with every id listed (a read of a hundred ids by id, a hundred times a hundred comparisons:
	 * a tenth of the store's CPU in a burst, JFR).
	 */
	public static Document withoutId(Document query) {
		Document rest = query.clone();
		rest.remove("_id");
		return rest;
	}

	private static boolean plain(Object id) {
		return id != null && !(id instanceof Document) && !(id instanceof Collection<?>)
				&& !BsonRegularExpression.isRegularExpression(id);
	}

}
