package org.clinicops.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;

import org.clinicops.common.ids.DerivedIds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ids already stored were derived from their parts joined by {@code |}: the one derivation must
 * give the same ids, or a redelivered event would miss the record it created before.
 */
class DerivedIdsTest {

	static Stream<Arguments> storedIds() {
		return Stream.of(
				Arguments.of("an alert: source event, role, no named recipient", new Object[] { "event-1", "SCHEDULER", null },
						"event-1|SCHEDULER|"),
				Arguments.of("an escalation of an alert", new Object[] { "alert-1", "escalation", "director" },
						"alert-1|escalation|director"),
				Arguments.of("a patient message", new Object[] { "evaluation-1", "WELCOME" }, "evaluation-1|WELCOME"),
				Arguments.of("a group membership", new Object[] { "enrollment-1", "group-1", LocalDate.of(2026, 12, 7) },
						"enrollment-1|group-1|2026-12-07"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("storedIds")
	void derivesTheIdEachStoredRecordHas(String record, Object[] parts, String storedName) {
		assertThat(DerivedIds.of(parts))
			.isEqualTo(UUID.nameUUIDFromBytes(storedName.getBytes(StandardCharsets.UTF_8)).toString());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("storedIds")
	void differentPartsGiveDifferentIds(String record, Object[] parts, String storedName) {
		Object[] other = parts.clone();
		other[0] = other[0] + "x";
		assertThat(DerivedIds.of(other)).isNotEqualTo(DerivedIds.of(parts));
	}

}
