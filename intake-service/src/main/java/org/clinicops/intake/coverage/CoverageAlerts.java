package org.clinicops.intake.coverage;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * When coverage needs a coordinator: benefits still unverified two days after an insured person's
 * acceptance; an authorization in force with two units or fewer left, ending in three days or
 * fewer, or at its review date; a service day no authorization pays for while the payer requires
 * one. Each alert has a key under which it is raised once.
 */
public final class CoverageAlerts {

	static final Duration VERIFY_WITHIN = Duration.ofDays(2);

	static final int LOW_UNITS = 2;

	static final int ENDING_DAYS = 3;

	private CoverageAlerts() {
	}

	public enum Reason {

		BENEFITS_UNVERIFIED, LOW, ENDING, REVIEW_DUE, UNAUTHORIZED_DAY

	}

	/** An alert that is due: the authorization it concerns (or the day, for an unauthorized one) and the units left. */
	public record Due(Reason reason, Authorization authorization, LocalDate day, int unitsLeft) {

		public String key() {
			return switch (this.reason) {
				case BENEFITS_UNVERIFIED -> this.reason.name();
				case UNAUTHORIZED_DAY -> this.reason + ":" + this.day;
				default -> this.reason + ":" + this.authorization.id();
			};
		}

	}

	/** What the rules look at. {@code authorizationRequired} is the latest verification's answer (false when none). */
	public record Facts(boolean insured, Instant acceptedAt, boolean verified, boolean authorizationRequired,
			List<Authorization> authorizations, ServiceDays.Allocation allocation) {
	}

	public static List<Due> due(Facts facts, LocalDate today, Instant now) {
		List<Due> due = new ArrayList<>();
		if (facts.insured() && facts.acceptedAt() != null && !facts.verified()
				&& !now.isBefore(facts.acceptedAt().plus(VERIFY_WITHIN))) {
			due.add(new Due(Reason.BENEFITS_UNVERIFIED, null, null, 0));
		}
		for (Authorization authorization : facts.authorizations()) {
			if (today.isAfter(authorization.to())) {
				continue;
			}
			int unitsLeft = authorization.units() - facts.allocation().countedFor(authorization.id()).size();
			if (unitsLeft <= LOW_UNITS) {
				due.add(new Due(Reason.LOW, authorization, null, unitsLeft));
			}
			if (!today.isBefore(authorization.to().minusDays(ENDING_DAYS))) {
				due.add(new Due(Reason.ENDING, authorization, null, unitsLeft));
			}
			if (authorization.nextReviewDate() != null && !today.isBefore(authorization.nextReviewDate())) {
				due.add(new Due(Reason.REVIEW_DUE, authorization, null, unitsLeft));
			}
		}
		if (facts.authorizationRequired()) {
			for (LocalDate day : facts.allocation().unauthorized()) {
				due.add(new Due(Reason.UNAUTHORIZED_DAY, null, day, 0));
			}
		}
		return due;
	}

	/** The dates on which an authorization's alerts fall due without any attendance: its ending window and its review. */
	public static List<LocalDate> datesToCheck(LocalDate to, LocalDate nextReviewDate) {
		return (nextReviewDate != null) ? List.of(to.minusDays(ENDING_DAYS), nextReviewDate)
				: List.of(to.minusDays(ENDING_DAYS));
	}

}
