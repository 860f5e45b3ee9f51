package org.clinicops.scheduling.attendance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.clinicops.contracts.AttendanceStatus;

/**
 * Two or more no-shows in a row, in session order and of any kinds, are a streak: an early sign of
 * relapse. An attended session ends a streak; an excused absence neither ends nor extends one. A
 * streak is known by its first missed session, so it is told once, and a correction that breaks it
 * does not take that back, while the next streak is told again.
 */
final class MissedStreaks {

	/** A streak of missed sessions: the first and the last, by their order keys. */
	record Streak(String first, String last, int length) {
	}

	/**
	 * The streaks not told yet, given each session's latest status by an order key (its start, then
	 * its id) and the streaks told already (by their first session).
	 */
	static List<Streak> untold(Map<String, AttendanceStatus> statusBySession, Set<String> told) {
		List<Streak> streaks = new ArrayList<>();
		String first = null;
		String last = null;
		int length = 0;
		for (Map.Entry<String, AttendanceStatus> session : new TreeMap<>(statusBySession).entrySet()) {
			AttendanceStatus status = session.getValue();
			if (status == AttendanceStatus.NO_SHOW) {
				first = (length == 0) ? session.getKey() : first;
				last = session.getKey();
				length++;
			}
			else if (status.attended()) {
				addIfStreak(streaks, first, last, length, told);
				length = 0;
			}
		}
		addIfStreak(streaks, first, last, length, told);
		return streaks;
	}

	private static void addIfStreak(List<Streak> streaks, String first, String last, int length, Set<String> told) {
		if (length >= 2 && !told.contains(first)) {
			streaks.add(new Streak(first, last, length));
		}
	}

	private MissedStreaks() {
	}

}
