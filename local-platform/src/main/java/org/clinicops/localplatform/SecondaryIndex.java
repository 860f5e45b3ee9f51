package org.clinicops.localplatform;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicLongArray;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A non-unique index of the local store (one the services declare for their lists and searches),
 * which the wire server does not keep: every query off {@code _id} or a unique key read and matched
 * the whole collection, so the first page of a list took longer with every record stored (2 s with
 * 50,000 evaluations). The entries are kept in memory in the index's order (its keys' directions, then
 * the documents' order in the store) and built again from the documents at each start.
 * <p>
 * A query is answered from a range of the entries ({@link #walk}): the documents there are a superset of
 * its matches, and the query is matched against each of them as before.
 */
final class SecondaryIndex extends Index<Object> {

	private static final String ID = "_id";

	/** A probe's last value: before or after every entry that starts with the probe's other values. */
	private static final Object BEFORE = new Object();

	private static final Object AFTER = new Object();

	/** Strings up to this long are kept once however many documents hold them: statuses, roles, foci. */
	private static final int SHARED_STRING_LENGTH = 24;

	/** Per key, 1 if ascending, -1 if descending. */
	private final int[] directions;

	private final Comparator<Object> storeOrder;

	/**
	 * The entries: a document's values of the keys, then its position; a probe is values and then
	 * {@link #BEFORE} or {@link #AFTER}. Arrays rather than objects of their own: a store holding
	 * 150,000 documents held 1.3 million entries.
	 */
	private final ConcurrentSkipListSet<Object[]> entries;

	/** Per key, how many documents hold an array there (an array sorts by one of its elements, not as indexed). */
	private final AtomicLongArray arrays;

	/** @param storeOrder the documents' order in the store, by position (their ids) */
	SecondaryIndex(String name, List<IndexKey> keys, boolean sparse, Comparator<Object> storeOrder) {
		super(name, keys, sparse);
		this.directions = keys.stream().mapToInt(key -> key.isAscending() ? 1 : -1).toArray();
		this.storeOrder = storeOrder;
		this.entries = new ConcurrentSkipListSet<>(this::compare);
		this.arrays = new AtomicLongArray(keys.size());
	}

	/** The position of an entry's document. */
	static Object position(Object[] entry) {
		return entry[entry.length - 1];
	}

	/**
	 * The entries that hold every match of a query, in the order they are walked.
	 *
	 * @param sortFrom the first key the query sorts by, or -1 when the walk's order is not the query's
	 * @param sortTo one past the last key the query sorts by
	 * @param narrowed how many of the index's keys narrow the range
	 * @param storeOrder the documents' order in the store, by position: matches read from the walk are
	 * handed on in that order, in which the wire server reads a collection
	 */
	record Walk(Iterable<Object[]> entries, int sortFrom, int sortTo, int narrowed, Comparator<Object> storeOrder) {

		boolean sorted() {
			return this.sortFrom >= 0;
		}

		/** Whether the two entries sort alike by the query's sort. */
		boolean sortAlike(Object[] one, Object[] other) {
			for (int i = this.sortFrom; i < this.sortTo; i++) {
				if (compareValues(one[i], other[i]) != 0) {
					return false;
				}
			}
			return true;
		}

	}

	/**
	 * How this index narrows a query, or null when it cannot: the query's equalities on the index's
	 * first keys and its range on the next. Walked in the query's order when the sort follows those
	 * equalities key by key (or the values the query lists for the key after them), all in the index's
	 * directions or all against them, and no document holds an array under a sort key.
	 */
	Walk walk(Document query, Document orderBy) {
		List<IndexKey> keys = getKeys();
		List<Object> points = new ArrayList<>();
		KeyRange next = KeyRange.ALL;
		while (points.size() < keys.size()) {
			next = KeyRange.of(query, keys.get(points.size()).getKey(), this.arrays.get(points.size()) > 0);
			if (!next.isPoint()) {
				break;
			}
			points.add(next.lower());
			next = KeyRange.ALL;
		}
		Walk sorted = sortedWalk(orderBy, points, next);
		if (sorted == null && points.size() + 1 < keys.size()) {
			sorted = mergedWalk(query, orderBy, points);
		}
		if (sorted != null) {
			return sorted;
		}
		if (points.isEmpty() && next.isAll()) {
			return null;
		}
		return new Walk(range(points, next), -1, -1, points.size() + (next.isAll() ? 0 : 1), this.storeOrder);
	}

	/** @param next the query's range of the key after the points */
	private Walk sortedWalk(Document orderBy, List<Object> points, KeyRange next) {
		if (orderBy == null || orderBy.isEmpty()) {
			return null;
		}
		int from = keys().indexOf(orderBy.keySet().iterator().next());
		Boolean along = (from >= 0 && from <= points.size()) ? sortsAlong(orderBy, from) : null;
		if (along == null) {
			return null;
		}
		List<Object> fixed = points.subList(0, from);
		KeyRange first = (from < points.size()) ? KeyRange.point(points.get(from)) : next;
		NavigableSet<Object[]> range = range(fixed, first);
		return new Walk(along ? range : range.descendingSet(), from, from + orderBy.size(),
				fixed.size() + (first.isAll() ? 0 : 1), this.storeOrder);
	}

	/**
	 * A page sorted by the keys after one the query lists values for ({@code $in}: the relays' oldest
	 * pending markers of their collections): one walk per value, merged in the sort's order, as MongoDB
	 * merges them. Null when the query lists none there or the sort does not start at the next key.
	 */
	private Walk mergedWalk(Document query, Document orderBy, List<Object> points) {
		if (orderBy == null || orderBy.isEmpty()) {
			return null;
		}
		int listedAt = points.size();
		int from = listedAt + 1;
		List<Object> listed = KeyRange.listed(query, keys().get(listedAt));
		Boolean along = (listed == null) ? null : sortsAlong(orderBy, from);
		if (along == null) {
			return null;
		}
		KeyRange next = KeyRange.of(query, keys().get(from), this.arrays.get(from) > 0);
		List<Iterable<Object[]>> walks = new ArrayList<>(listed.size());
		for (Object value : listed) {
			NavigableSet<Object[]> range = range(with(points, value), next);
			walks.add(along ? range : range.descendingSet());
		}
		Comparator<Object[]> sortOrder = (one, other) -> compare(from, one, other);
		return new Walk(merged(walks, along ? sortOrder : sortOrder.reversed()), from, from + orderBy.size(),
				from + (next.isAll() ? 0 : 1), this.storeOrder);
	}

	/**
	 * Whether the sort is by the index's keys from {@code from} on, all in their directions (true) or
	 * all against them (false); null when it is not, or when a document holds an array under one of them.
	 */
	private Boolean sortsAlong(Document orderBy, int from) {
		List<IndexKey> keys = getKeys();
		List<String> sortKeys = List.copyOf(orderBy.keySet());
		if (from + sortKeys.size() > keys.size()) {
			return null;
		}
		Boolean along = null;
		for (int i = from; i < from + sortKeys.size(); i++) {
			IndexKey key = keys.get(i);
			if (!key.getKey().equals(sortKeys.get(i - from)) || !(orderBy.get(key.getKey()) instanceof Number direction)
					|| this.arrays.get(i) > 0) {
				return null;
			}
			boolean keyAlong = (direction.intValue() > 0) == key.isAscending();
			if (along != null && along != keyAlong) {
				return null;
			}
			along = keyAlong;
		}
		return along;
	}

	/** The entries of ordered walks, merged into one walk in that order. */
	private static Iterable<Object[]> merged(List<Iterable<Object[]>> walks, Comparator<Object[]> order) {
		return () -> {
			PriorityQueue<Head> heads = new PriorityQueue<>(walks.size(), Comparator.comparing(Head::entry, order));
			walks.forEach(walk -> Head.of(walk.iterator()).ifPresent(heads::add));
			return new Iterator<>() {

				@Override
				public boolean hasNext() {
					return !heads.isEmpty();
				}

				@Override
				public Object[] next() {
					Head head = heads.remove();
					Head.of(head.rest()).ifPresent(heads::add);
					return head.entry();
				}

			};
		};
	}

	/** A walk's next entry and the entries after it. */
	private record Head(Object[] entry, Iterator<Object[]> rest) {

		static Optional<Head> of(Iterator<Object[]> walk) {
			return walk.hasNext() ? Optional.of(new Head(walk.next(), walk)) : Optional.empty();
		}

	}

	/** The entries whose first values are the points and whose next value is in the range, in the index's order. */
	private NavigableSet<Object[]> range(List<Object> points, KeyRange next) {
		boolean ascending = getKeys().get(Math.min(points.size(), getKeys().size() - 1)).isAscending();
		Object startValue = ascending ? next.lower() : next.upper();
		boolean startInclusive = ascending ? next.lowerInclusive() : next.upperInclusive();
		Object endValue = ascending ? next.upper() : next.lower();
		boolean endInclusive = ascending ? next.upperInclusive() : next.lowerInclusive();
		Object[] start = (startValue == null) ? probe(points, BEFORE)
				: probe(with(points, startValue), startInclusive ? BEFORE : AFTER);
		Object[] end = (endValue == null) ? probe(points, AFTER) : probe(with(points, endValue), endInclusive ? AFTER : BEFORE);
		if (compare(start, end) > 0) {
			return new ConcurrentSkipListSet<>(this::compare);
		}
		return this.entries.subSet(start, true, end, true);
	}

	private static List<Object> with(List<Object> values, Object value) {
		List<Object> longer = new ArrayList<>(values);
		longer.add(value);
		return longer;
	}

	private static Object[] probe(List<Object> values, Object side) {
		Object[] probe = values.toArray(new Object[values.size() + 1]);
		probe[values.size()] = side;
		return probe;
	}

	private int compare(Object[] one, Object[] other) {
		return compare(0, one, other);
	}

	/** Two entries (or an entry and a probe) in the index's order of their values from {@code first} on. */
	private int compare(int first, Object[] one, Object[] other) {
		int shared = Math.min(one.length, other.length);
		for (int i = first; i < shared; i++) {
			if (isSide(one[i]) || isSide(other[i])) {
				return Integer.compare(side(one[i]), side(other[i]));
			}
			int order = (i < this.directions.length) ? this.directions[i] * compareValues(one[i], other[i])
					: this.storeOrder.compare(one[i], other[i]);
			if (order != 0) {
				return order;
			}
		}
		return 0;
	}

	private static boolean isSide(Object value) {
		return value == BEFORE || value == AFTER;
	}

	private static int side(Object value) {
		return (value == BEFORE) ? -1 : (value == AFTER) ? 1 : 0;
	}

	/**
	 * Two values in the wire server's order. The services' keys are strings and times: compared
	 * directly, as the wire server's comparator does once it has looked both kinds up in its list of
	 * kinds, a look-up each entry's place among the others repeated some twenty times per key.
	 */
	private static int compareValues(Object one, Object other) {
		if (one instanceof String text && other instanceof String otherText) {
			return text.compareTo(otherText);
		}
		if (one instanceof Instant time && other instanceof Instant otherTime) {
			return time.compareTo(otherTime);
		}
		return ValueComparator.asc().compare(one, other);
	}

	/**
	 * A document's entries: one, of its values as they are (the index's order compares numbers by value,
	 * and a missing value as null), unless it holds arrays under the keys, whose entries are one per
	 * element, as the wire server forms them.
	 */
	private List<Object[]> entriesOf(Object[] values, Document document, Object position) {
		if (arraysIn(values) == 0) {
			Object[] entry = Arrays.copyOf(values, values.length + 1);
			entry[values.length] = position;
			return List.<Object[]>of(entry);
		}
		Set<KeyValue> keyValues = getKeyValues(document);
		List<Object[]> of = new ArrayList<>(keyValues.size());
		for (KeyValue keyValue : keyValues) {
			Object[] entry = new Object[keyValue.size() + 1];
			for (int i = 0; i < keyValue.size(); i++) {
				entry[i] = shared(keyValue.get(i));
			}
			entry[keyValue.size()] = position;
			of.add(entry);
		}
		return of;
	}

	private static Object shared(Object value) {
		return (value instanceof String text && text.length() <= SHARED_STRING_LENGTH) ? text.intern() : value;
	}

	private Object[] valuesOf(Document document) {
		List<String> keys = keys();
		Object[] values = new Object[keys.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = shared(Utils.getSubdocumentValueCollectionAware(document, keys.get(i)));
		}
		return values;
	}

	private static int arraysIn(Object[] values) {
		int arrays = 0;
		for (Object value : values) {
			arrays += (value instanceof Collection<?>) ? 1 : 0;
		}
		return arrays;
	}

	private void countArrays(Object[] values, int delta) {
		for (int i = 0; i < values.length; i++) {
			if (values[i] instanceof Collection<?>) {
				this.arrays.addAndGet(i, delta);
			}
		}
	}

	/** Refuses what real MongoDB refuses to index: arrays under two keys of one compound index, side by side. */
	private void checkArrays(Document document) {
		if (arraysIn(valuesOf(document)) > 1) {
			getKeyValues(document);
		}
	}

	private static boolean sameValues(Object[] one, Object[] other) {
		for (int i = 0; i < one.length; i++) {
			boolean arrays = one[i] instanceof Collection<?> || other[i] instanceof Collection<?>;
			if (arrays ? !Objects.equals(one[i], other[i]) : compareValues(one[i], other[i]) != 0) {
				return false;
			}
		}
		return true;
	}

	@Override
	public Object getPosition(Document document) {
		return null;
	}

	@Override
	public void checkAdd(Document document, MongoCollection<Object> collection) {
		checkArrays(document);
	}

	@Override
	public void add(Document document, Object position, MongoCollection<Object> collection) {
		change(valuesOf(document), document, position, 1);
	}

	@Override
	public Object remove(Document document) {
		Object position = document.get(ID);
		change(valuesOf(document), document, position, -1);
		return position;
	}

	private void change(Object[] values, Document document, Object position, int delta) {
		for (Object[] entry : entriesOf(values, document, position)) {
			if (delta > 0) {
				this.entries.add(entry);
			}
			else {
				this.entries.remove(entry);
			}
		}
		countArrays(values, delta);
	}

	/** Never asked: the collection walks this index itself ({@link #walk}). */
	@Override
	public boolean canHandle(Document query) {
		return false;
	}

	@Override
	public Iterable<Object> getPositions(Document query) {
		throw new UnsupportedOperationException("the collection walks a secondary index itself");
	}

	@Override
	public long getCount() {
		return this.entries.size();
	}

	@Override
	public boolean isEmpty() {
		return this.entries.isEmpty();
	}

	@Override
	public long getDataSize() {
		return getCount();
	}

	@Override
	public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
		checkArrays(newDocument);
	}

	@Override
	public void updateInPlace(Document oldDocument, Document newDocument, Object position,
			MongoCollection<Object> collection) {
		Object[] before = valuesOf(oldDocument);
		Object[] after = valuesOf(newDocument);
		if (!sameValues(before, after)) {
			change(before, oldDocument, position, -1);
			change(after, newDocument, position, 1);
		}
	}

	@Override
	public void drop() {
		this.entries.clear();
		for (int i = 0; i < this.arrays.length(); i++) {
			this.arrays.set(i, 0);
		}
	}

}
