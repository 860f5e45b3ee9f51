package org.clinicops.common.ids;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Ids derived from what identifies a record (a name-based UUID of its parts joined by {@code |}),
 * so that a re-run or a redelivery lands on the same document instead of adding one. A missing
 * part counts as empty text.
 */
public final class DerivedIds {

	private static final String SEPARATOR = "|";

	public static String of(Object... parts) {
		String name = Arrays.stream(parts).map(part -> Objects.toString(part, "")).collect(Collectors.joining(SEPARATOR));
		return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
	}

	private DerivedIds() {
	}

}
