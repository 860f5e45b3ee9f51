package org.clinicops.intake.coverage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The counting rule. A service day is a date with at least one attended clinical session, however
 * many; what counts for a session is its latest record by the time it was recorded, so a correction
 * supersedes, a duplicate changes nothing and an older record delivered late is passed over. Each
 * service day goes to the authorization whose dates cover it, in date order until its units are
 * used; a day no authorization covers, or that comes after the covering one's units ran out, is
 * unauthorized.
 */
public final class ServiceDays {

	private ServiceDays() {
	}

	/** The marks with this one applied: it replaces the session's mark unless that was recorded later. */
	public static List<AttendanceMark> apply(List<AttendanceMark> marks, AttendanceMark incoming) {
		List<AttendanceMark> applied = new ArrayList<>(marks.size() + 1);
		boolean known = false;
		for (AttendanceMark mark : marks) {
			if (mark.sessionId().equals(incoming.sessionId())) {
				known = true;
				applied.add(incoming.recordedAt().isBefore(mark.recordedAt()) ? mark : incoming);
			}
			else {
				applied.add(mark);
			}
		}
		if (!known) {
			applied.add(incoming);
		}
		return applied;
	}

	public static SortedSet<LocalDate> of(List<AttendanceMark> marks) {
		SortedSet<LocalDate> days = new TreeSet<>();
		for (AttendanceMark mark : marks) {
			if (mark.attended()) {
				days.add(mark.date());
			}
		}
		return days;
	}

	/** Which service days each authorization pays for, and which none does. */
	public static Allocation allocate(List<Authorization> authorizations, SortedSet<LocalDate> days) {
		Map<String, List<LocalDate>> counted = new LinkedHashMap<>();
		authorizations.stream()
			.sorted(Comparator.comparing(Authorization::from))
			.forEach(authorization -> counted.put(authorization.id(), new ArrayList<>()));
		List<LocalDate> unauthorized = new ArrayList<>();
		for (LocalDate day : days) {
			Authorization covering = authorizations.stream()
				.filter(authorization -> authorization.covers(day))
				.findFirst()
				.orElse(null);
			if (covering != null && counted.get(covering.id()).size() < covering.units()) {
				counted.get(covering.id()).add(day);
			}
			else {
				unauthorized.add(day);
			}
		}
		return new Allocation(counted, unauthorized);
	}

	/** Service days by authorization id (in date order), and the days no authorization pays for. */
	public record Allocation(Map<String, List<LocalDate>> counted, List<LocalDate> unauthorized) {

		public List<LocalDate> countedFor(String authorizationId) {
			return this.counted.getOrDefault(authorizationId, List.of());
		}

	}

}
