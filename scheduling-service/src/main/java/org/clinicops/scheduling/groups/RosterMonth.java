package org.clinicops.scheduling.groups;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The memberships of a group that ended, listed under each month they were valid in: with the
 * group's open memberships ({@link Group#members()}) they are everyone a roster of a day in that
 * month can name, read by id, however long the group's history.
 */
@Document("roster_months")
public record RosterMonth(@Id String id, List<String> memberships) {

	static String idOf(String groupId, YearMonth month) {
		return groupId + "/" + month;
	}

	/** The months with a day the membership was valid on (from the day it began to the day before it ended). */
	static List<YearMonth> spanned(LocalDate joinedOn, LocalDate leftOn) {
		List<YearMonth> months = new ArrayList<>();
		if (joinedOn.isBefore(leftOn)) {
			YearMonth last = YearMonth.from(leftOn.minusDays(1));
			for (YearMonth month = YearMonth.from(joinedOn); !month.isAfter(last); month = month.plusMonths(1)) {
				months.add(month);
			}
		}
		return months;
	}

}
