package org.clinicops.common.web;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** A page of a list read without MongoDB: which items come past its cursor, and what it asks its source for. */
class ListPageTest {

	private static final Instant SHOWN_LAST = Instant.parse("2026-12-04T09:00:00.250Z");

	/** The page after one whose last item was shown at {@link #SHOWN_LAST} with the id "m". */
	private static ListPage after() {
		ListPage first = ListPage.of(1, null);
		String cursor = first.next(List.of("m", "n"), item -> SHOWN_LAST, item -> item).orElseThrow();
		return ListPage.of(1, cursor);
	}

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource({
		"2026-12-04T09:00:00.249Z, z, true",
		"2026-12-04T09:00:00.250Z, l, true",
		"2026-12-04T09:00:00.250Z, m, false",
		"2026-12-04T09:00:00.250Z, n, false",
		"2026-12-04T09:00:00.251Z, a, false",
		"2026-12-04T09:00:00.250900Z, l, true",
		"2026-12-04T09:00:00.250900Z, n, false",
		"2025-01-01T00:00:00Z, m, true" })
	void anItemComesPastTheCursorWhenItIsOlderOrAtTheSameMillisecondWithALowerId(Instant time, String id, boolean reaches) {
		assertThat(after().reaches(time, id)).isEqualTo(reaches);
	}

	@Test
	void aFirstPageReachesEveryItemAndAsksForOneMoreThanItShows() {
		ListPage first = ListPage.of(20, null);
		assertThat(first.reaches(Instant.MAX, "~")).isTrue();
		assertThat(first.afterTime()).isEmpty();
		assertThat(first.toFind()).isEqualTo(21);
		assertThat(ListPage.of(null, null).toFind()).isEqualTo(ListPage.DEFAULT_SIZE + 1);
		assertThat(after().afterTime()).contains(SHOWN_LAST);
	}

	@Test
	void aSizeOutOfRangeOrACursorNotGivenByAListIsRefusedByName() {
		assertThatExceptionOfType(InvalidFieldException.class).isThrownBy(() -> ListPage.of(0, null))
			.extracting(InvalidFieldException::field)
			.isEqualTo("size");
		assertThatExceptionOfType(InvalidFieldException.class).isThrownBy(() -> ListPage.of(ListPage.MAX_SIZE + 1, null))
			.extracting(InvalidFieldException::field)
			.isEqualTo("size");
		assertThatExceptionOfType(InvalidFieldException.class).isThrownBy(() -> ListPage.of(10, "not-a-cursor"))
			.extracting(InvalidFieldException::field)
			.isEqualTo("after");
	}

}
