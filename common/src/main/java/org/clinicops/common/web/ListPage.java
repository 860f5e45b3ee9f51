package org.clinicops.common.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * One page of a list, newest first, and the way to the next. A caller asks {@code ?size=}
 * (50 unless said, at most 200) and follows the {@code Link: <...>; rel="next"} header, whose
 * {@code after=} cursor names the last item shown by its time and id: the next page is found by
 * position in an index instead of by skipping everything before it, and an item stored meanwhile
 * neither repeats an item nor hides one. There is no total: counting every match is the cost a
 * page exists to avoid.
 */
public final class ListPage {

	public static final int DEFAULT_SIZE = 50;

	public static final int MAX_SIZE = 200;

	private static final String ID = "_id";

	private final int size;

	private final Cursor after;

	private ListPage(int size, Cursor after) {
		this.size = size;
		this.after = after;
	}

	/** The page asked for; a size out of range or a cursor this platform did not give is a 400. */
	public static ListPage of(Integer size, String after) {
		int asked = (size != null) ? size : DEFAULT_SIZE;
		if (asked < 1 || asked > MAX_SIZE) {
			throw new InvalidFieldException("size", "must be between 1 and " + MAX_SIZE);
		}
		return new ListPage(asked, (after != null) ? Cursor.decode(after) : null);
	}

	/**
	 * The query for this page of what the filter matches: past the cursor, newest first by the time
	 * field and then by id, one more than the page so that {@link #answer} knows whether another
	 * follows.
	 */
	public Query narrow(Criteria filter, String timeField) {
		Criteria matching = filter;
		if (this.after != null) {
			Criteria pastCursor = new Criteria().orOperator(Criteria.where(timeField).lt(this.after.time()),
					new Criteria().andOperator(Criteria.where(timeField).is(this.after.time()),
							Criteria.where(ID).lt(this.after.id())));
			matching = filter.getCriteriaObject().isEmpty() ? pastCursor : new Criteria().andOperator(filter, pastCursor);
		}
		return Query.query(matching).with(Sort.by(Sort.Direction.DESC, timeField, ID)).limit(toFind());
	}

	/**
	 * How many items a list's source finds for this page, newest first past the cursor: one more than
	 * the page, so that {@link #answer} knows whether another follows.
	 */
	public int toFind() {
		return this.size + 1;
	}

	/** The time of the last item the page before showed; empty on a first page. */
	public Optional<Instant> afterTime() {
		return Optional.ofNullable(this.after).map(Cursor::time);
	}

	/**
	 * Whether an item comes past the cursor, newest first by time and then by id: on this page or a
	 * later one. For a list whose source is not a MongoDB query ({@link #narrow} says the same there).
	 */
	public boolean reaches(Instant time, String id) {
		if (this.after == null) {
			return true;
		}
		int byTime = Instant.ofEpochMilli(time.toEpochMilli()).compareTo(this.after.time());
		return byTime < 0 || (byTime == 0 && id.compareTo(this.after.id()) < 0);
	}

	/** The page's items, at most the size asked for, from what {@link #narrow}'s query found. */
	public <T> List<T> items(List<T> found) {
		return (found.size() > this.size) ? found.subList(0, this.size) : found;
	}

	/** The cursor of the next page, if there is one: the last item shown. */
	public <T> Optional<String> next(List<T> found, Function<T, Instant> time, Function<T, String> id) {
		if (found.size() <= this.size) {
			return Optional.empty();
		}
		T last = found.get(this.size - 1);
		return Optional.of(new Cursor(time.apply(last), id.apply(last)).encode());
	}

	/** The page as the answer of a list endpoint: the items as views, and a link to the next page if there is one. */
	public <T, V> ResponseEntity<List<V>> answer(List<T> found, Function<T, Instant> time, Function<T, String> id,
			Function<T, V> view) {
		List<V> views = items(found).stream().map(view).toList();
		return next(found, time, id).map(cursor -> ResponseEntity.ok()
			.header(HttpHeaders.LINK, "<" + ServletUriComponentsBuilder.fromCurrentRequest()
				.replaceQueryParam("after", cursor)
				.build()
				.toUriString() + ">; rel=\"next\"")
			.body(views)).orElseGet(() -> ResponseEntity.ok(views));
	}

	/** The last item shown: its time (to the millisecond, as MongoDB keeps it) and id. */
	private record Cursor(Instant time, String id) {

		String encode() {
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString((this.time.toEpochMilli() + "~" + this.id).getBytes(StandardCharsets.UTF_8));
		}

		static Cursor decode(String cursor) {
			try {
				String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
				int separator = decoded.indexOf('~');
				return new Cursor(Instant.ofEpochMilli(Long.parseLong(decoded.substring(0, separator))),
						decoded.substring(separator + 1));
			}
			catch (IllegalArgumentException | IndexOutOfBoundsException ex) {
				throw new InvalidFieldException("after", "is not the cursor of a page this list gave");
			}
		}

	}

}
