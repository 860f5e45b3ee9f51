package org.clinicops.intake.coverage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.UUID;

import org.clinicops.common.outbox.OutboxAggregate;
import org.clinicops.common.web.FieldError;
import org.clinicops.common.web.InvalidFieldException;
import org.clinicops.common.web.StateConflictException;
import org.clinicops.contracts.AuthorizationEnding;
import org.clinicops.contracts.AuthorizationLow;
import org.clinicops.contracts.AuthorizationRecorded;
import org.clinicops.contracts.AuthorizationReviewDue;
import org.clinicops.contracts.BenefitsUnverified;
import org.clinicops.contracts.BenefitsVerified;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.LevelOfCare;
import org.clinicops.contracts.UnauthorizedServiceDay;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person's coverage, stored under their evaluation id: the benefit verifications, the payer's
 * authorizations, the attendance that makes service days, and the alerts already raised. One
 * document, so a change, the alerts it makes due and their events are one conditional write; two
 * instances raising the same alert collide on the version and the second finds it raised.
 */
@Document("coverage")
public class Coverage extends OutboxAggregate {

	@Id
	private String id;

	@Version
	private Long version;

	private String initials;

	private boolean insured;

	private String correlationId;

	private Instant acceptedAt;

	private List<BenefitsVerification> verifications = new ArrayList<>();

	private List<Authorization> authorizations = new ArrayList<>();

	private List<AttendanceMark> attendance = new ArrayList<>();

	private List<String> alertsRaised = new ArrayList<>();

	/** The last date the utilization-review page lists this person for (listed by id in {@link UnderReview}). */
	private LocalDate reviewUntil;

	protected Coverage() {
	}

	static Coverage open(String evaluationId, String initials, boolean insured, String correlationId) {
		Coverage coverage = new Coverage();
		coverage.id = evaluationId;
		coverage.initials = initials;
		coverage.insured = insured;
		coverage.correlationId = correlationId;
		return coverage;
	}

	void accepted(Instant acceptedAt) {
		this.acceptedAt = acceptedAt;
	}

	void verify(BenefitsForm form, String verifiedBy, Instant now) {
		if (!this.insured) {
			throw new StateConflictException("The person pays for themselves: there are no benefits to verify.");
		}
		BenefitsVerification verification = BenefitsVerification.of(form, verifiedBy, now);
		this.verifications.add(verification);
		register(EventTypes.BENEFITS_VERIFIED, new BenefitsVerified(this.id, verification.coverageActive(),
				verification.iopCovered(), verification.authorizationRequired(), now), this.correlationId);
	}

	Authorization authorize(AuthorizationForm form, LevelOfCare accepted, String recordedBy, Instant now) {
		requireRecordable(form, accepted);
		Authorization authorization = new Authorization(UUID.randomUUID().toString(), form.number().strip(),
				form.levelOfCare(), form.units(), form.from(), form.to(), form.nextReviewDate(), recordedBy, now);
		this.authorizations.add(authorization);
		register(EventTypes.AUTHORIZATION_RECORDED, new AuthorizationRecorded(this.id, authorization.id(),
				authorization.levelOfCare(), authorization.units(), authorization.from(), authorization.to(),
				authorization.nextReviewDate(), now), this.correlationId);
		return authorization;
	}

	/**
	 * Refuses an authorization that cannot be recorded: 400 naming the field for a level of care
	 * other than the one accepted, dates out of order, a review date outside them; 409 for dates
	 * overlapping another authorization of the person.
	 */
	void requireRecordable(AuthorizationForm form, LevelOfCare accepted) {
		List<FieldError> errors = new ArrayList<>();
		if (form.levelOfCare() != accepted) {
			errors.add(new FieldError("levelOfCare", "must be the level of care accepted (" + accepted + ")"));
		}
		if (form.to().isBefore(form.from())) {
			errors.add(new FieldError("to", "must not be before from (" + form.from() + ")"));
		}
		else if (form.nextReviewDate() != null
				&& (form.nextReviewDate().isBefore(form.from()) || form.nextReviewDate().isAfter(form.to()))) {
			errors.add(new FieldError("nextReviewDate",
					"must lie between from and to (" + form.from() + " to " + form.to() + ")"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidFieldException(errors);
		}
		for (Authorization other : this.authorizations) {
			if (other.overlaps(form.from(), form.to())) {
				throw new StateConflictException("The dates overlap authorization " + other.number() + " (" + other.from()
						+ " to " + other.to() + "); a service day can go to one authorization only.");
			}
		}
	}

	/** Takes in one attendance record; tells whether the service days changed. */
	boolean attend(AttendanceMark mark) {
		SortedSet<LocalDate> before = serviceDays();
		this.attendance = ServiceDays.apply(this.attendance, mark);
		return !before.equals(serviceDays());
	}

	/**
	 * Raises every alert that is due and not raised before, each with its event in this document's
	 * outbox; returns what was raised.
	 */
	List<CoverageAlerts.Due> raiseDueAlerts(LocalDate today, Instant now) {
		List<CoverageAlerts.Due> raised = new ArrayList<>();
		for (CoverageAlerts.Due due : CoverageAlerts.due(facts(), today, now)) {
			if (!this.alertsRaised.contains(due.key())) {
				this.alertsRaised.add(due.key());
				register(due, now);
				raised.add(due);
			}
		}
		this.reviewUntil = reviewUntil(today);
		return raised;
	}

	/** The last date the utilization-review page lists this person for, or null when it does not. */
	LocalDate reviewUntil() {
		return this.reviewUntil;
	}

	/** Everything that needs a coordinator now, raised already or not. */
	public List<CoverageAlerts.Due> needingAttention(LocalDate today, Instant now) {
		return CoverageAlerts.due(facts(), today, now);
	}

	private void register(CoverageAlerts.Due due, Instant now) {
		Authorization authorization = due.authorization();
		switch (due.reason()) {
			case BENEFITS_UNVERIFIED -> register(EventTypes.BENEFITS_UNVERIFIED,
					new BenefitsUnverified(this.id, this.initials, this.acceptedAt, now), this.correlationId);
			case LOW -> register(EventTypes.AUTHORIZATION_LOW, new AuthorizationLow(this.id, this.initials,
					authorization.id(), authorization.units(), Math.max(0, due.unitsLeft()), authorization.to(), now),
					this.correlationId);
			case ENDING -> register(EventTypes.AUTHORIZATION_ENDING, new AuthorizationEnding(this.id, this.initials,
					authorization.id(), authorization.to(), Math.max(0, due.unitsLeft()), now), this.correlationId);
			case REVIEW_DUE -> register(EventTypes.AUTHORIZATION_REVIEW_DUE, new AuthorizationReviewDue(this.id,
					this.initials, authorization.id(), authorization.nextReviewDate(), now), this.correlationId);
			case UNAUTHORIZED_DAY -> register(EventTypes.UNAUTHORIZED_SERVICE_DAY,
					new UnauthorizedServiceDay(this.id, this.initials, due.day(), now), this.correlationId);
		}
	}

	/** Listed while an authorization is in force and for two weeks after it or after an unauthorized day. */
	private LocalDate reviewUntil(LocalDate today) {
		LocalDate until = null;
		for (Authorization authorization : this.authorizations) {
			until = later(until, authorization.to().plusDays(14));
		}
		for (LocalDate day : allocation().unauthorized()) {
			until = later(until, day.plusDays(14));
		}
		if (this.insured && this.acceptedAt != null && latestVerification().isEmpty()) {
			until = later(until, today.plusDays(14));
		}
		return until;
	}

	private static LocalDate later(LocalDate one, LocalDate other) {
		return (one == null || other.isAfter(one)) ? other : one;
	}

	private CoverageAlerts.Facts facts() {
		Optional<BenefitsVerification> latest = latestVerification();
		return new CoverageAlerts.Facts(this.insured, this.acceptedAt, latest.isPresent(),
				latest.map(BenefitsVerification::authorizationRequired).orElse(false), this.authorizations, allocation());
	}

	public SortedSet<LocalDate> serviceDays() {
		return ServiceDays.of(this.attendance);
	}

	public ServiceDays.Allocation allocation() {
		return ServiceDays.allocate(this.authorizations, serviceDays());
	}

	public Optional<BenefitsVerification> latestVerification() {
		return this.verifications.isEmpty() ? Optional.empty()
				: Optional.of(this.verifications.get(this.verifications.size() - 1));
	}

	/** Authorizations in date order. */
	public List<Authorization> authorizations() {
		return this.authorizations.stream().sorted(Comparator.comparing(Authorization::from)).toList();
	}

	public List<BenefitsVerification> verifications() {
		return List.copyOf(this.verifications);
	}

	public String id() {
		return this.id;
	}

	public String initials() {
		return this.initials;
	}

	public boolean insured() {
		return this.insured;
	}

	public Instant acceptedAt() {
		return this.acceptedAt;
	}

	public List<String> alertsRaised() {
		return List.copyOf(this.alertsRaised);
	}

}
