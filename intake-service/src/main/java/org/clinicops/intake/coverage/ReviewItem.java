package org.clinicops.intake.coverage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One line of the utilization-review page: a person's authorization (or a day none covers) and
 * what it needs. Most urgent first: unauthorized days, then authorizations ending, low, due for
 * review, benefits unverified; authorizations in good standing last.
 */
public record ReviewItem(int urgency, String what, String evaluationId, String initials, String authorizationNumber,
		LocalDate date, Integer unitsLeft) {

	private static final List<CoverageAlerts.Reason> ORDER = List.of(CoverageAlerts.Reason.UNAUTHORIZED_DAY,
			CoverageAlerts.Reason.ENDING, CoverageAlerts.Reason.LOW, CoverageAlerts.Reason.REVIEW_DUE,
			CoverageAlerts.Reason.BENEFITS_UNVERIFIED);

	private static final Comparator<ReviewItem> MOST_URGENT_FIRST = Comparator.comparingInt(ReviewItem::urgency)
		.thenComparing(ReviewItem::date, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(ReviewItem::initials);

	/** The lines for each person listed, most urgent first. */
	static List<ReviewItem> of(List<Coverage> coverages, List<List<CoverageAlerts.Due>> attention) {
		List<ReviewItem> items = new ArrayList<>();
		for (int i = 0; i < coverages.size(); i++) {
			Coverage coverage = coverages.get(i);
			List<CoverageAlerts.Due> due = attention.get(i);
			for (CoverageAlerts.Due item : due) {
				items.add(line(coverage, item));
			}
			ServiceDays.Allocation allocation = coverage.allocation();
			for (Authorization authorization : coverage.authorizations()) {
				boolean flagged = due.stream().anyMatch(item -> item.authorization() != null
						&& item.authorization().id().equals(authorization.id()));
				if (!flagged) {
					items.add(new ReviewItem(ORDER.size(), "IN_FORCE", coverage.id(), coverage.initials(),
							authorization.number(), authorization.to(),
							authorization.units() - allocation.countedFor(authorization.id()).size()));
				}
			}
		}
		items.sort(MOST_URGENT_FIRST);
		return items;
	}

	private static ReviewItem line(Coverage coverage, CoverageAlerts.Due due) {
		Authorization authorization = due.authorization();
		LocalDate date = switch (due.reason()) {
			case UNAUTHORIZED_DAY -> due.day();
			case ENDING, LOW -> authorization.to();
			case REVIEW_DUE -> authorization.nextReviewDate();
			case BENEFITS_UNVERIFIED -> null;
		};
		return new ReviewItem(ORDER.indexOf(due.reason()), due.reason().name(), coverage.id(), coverage.initials(),
				(authorization != null) ? authorization.number() : null, date,
				(authorization != null) ? Math.max(0, due.unitsLeft()) : null);
	}

}
