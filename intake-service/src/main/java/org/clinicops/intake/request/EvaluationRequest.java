package org.clinicops.intake.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.clinicops.common.outbox.OutboxAggregate;
import org.clinicops.common.web.InvalidFieldException;
import org.clinicops.common.web.StateConflictException;
import org.clinicops.contracts.ContactChannel;
import org.clinicops.contracts.EvaluationAccepted;
import org.clinicops.contracts.EvaluationDeclined;
import org.clinicops.contracts.EvaluationReferred;
import org.clinicops.contracts.EvaluationRequested;
import org.clinicops.contracts.EvaluationScreened;
import org.clinicops.contracts.EvaluationWithdrawn;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.Focus;
import org.clinicops.contracts.LevelOfCare;
import org.clinicops.contracts.PatientContact;
import org.clinicops.contracts.ReferralSource;
import org.clinicops.contracts.RiskFlagRaised;
import org.clinicops.intake.screening.Decision;
import org.clinicops.intake.screening.DecisionForm;
import org.clinicops.intake.screening.DecisionOutcome;
import org.clinicops.intake.screening.Recommendation;
import org.clinicops.intake.screening.Screening;
import org.clinicops.intake.screening.ScreeningRecord;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An evaluation request and its life cycle: {@code RECEIVED → SCREENED → ACCEPTED | REFERRED |
 * DECLINED}, or {@code WITHDRAWN} before a decision. Each change registers its events in this
 * document's outbox, so the change and its events are stored by one write. The contact a patient
 * message needs goes to the compacted contacts topic while a message may still be sent (until a
 * withdrawal, a referral or a decline), never on the evaluations topic.
 */
@Document("evaluation_requests")
@CompoundIndex(name = "newest", def = "{'receivedAt': -1, '_id': -1}")
@CompoundIndex(name = "by_status", def = "{'status': 1, 'receivedAt': -1, '_id': -1}")
@CompoundIndex(name = "by_concern", def = "{'concerns': 1, 'receivedAt': -1, '_id': -1}")
public class EvaluationRequest extends OutboxAggregate {

	@Id
	private String id;

	@Version
	private Long version;

	private EvaluationStatus status;

	private String firstName;

	private String lastName;

	private LocalDate dateOfBirth;

	private String phone;

	private String email;

	private ContactChannel preferredContact;

	private Instant consentGivenAt;

	private String consentTextVersion;

	private Withdrawal consentWithdrawal;

	private List<Focus> concerns;

	private String message;

	private ReferralSource source;

	private Insurance insurance;

	private boolean selfPay;

	private boolean paymentPlanInterest;

	private Instant receivedAt;

	private String correlationId;

	private List<ScreeningRecord> screenings = new ArrayList<>();

	private Decision decision;

	private Withdrawal withdrawal;


	protected EvaluationRequest() {
	}

	public static EvaluationRequest submit(String id, EvaluationRequestForm form, Instant now) {
		EvaluationRequest request = new EvaluationRequest();
		request.id = id;
		request.status = EvaluationStatus.RECEIVED;
		request.firstName = form.firstName().strip();
		request.lastName = form.lastName().strip();
		request.dateOfBirth = form.dateOfBirth();
		request.phone = EvaluationRequestForm.isGiven(form.phone()) ? form.phone().strip() : null;
		request.email = EvaluationRequestForm.isGiven(form.email()) ? form.email().strip() : null;
		request.preferredContact = form.preferredContact();
		request.consentGivenAt = now;
		request.consentTextVersion = ConsentText.VERSION;
		request.concerns = List.copyOf(form.concerns());
		request.message = form.message();
		request.source = form.source();
		request.insurance = form.insurance();
		request.selfPay = form.isSelfPay();
		request.paymentPlanInterest = Boolean.TRUE.equals(form.paymentPlanInterest());
		request.receivedAt = now;
		request.correlationId = UUID.randomUUID().toString();
		request.register(EventTypes.EVALUATION_REQUESTED,
				new EvaluationRequested(id, request.initials(), request.concerns, request.source, now), request.correlationId);
		request.register(EventTypes.PATIENT_CONTACT, new PatientContact(id, request.firstName, request.preferredContact,
				(request.preferredContact == ContactChannel.EMAIL) ? request.email : request.phone), request.correlationId);
		return request;
	}

	/**
	 * Records a screening, or corrects the last one before the decision; the history is kept.
	 * Returns whether this screening raised a risk flag (a correction does not raise it twice).
	 */
	public boolean screen(Screening screening, Recommendation recommendation, String clinician, Instant now) {
		requireUndecided("screened");
		boolean riskAlreadyFlagged = latestScreening().map(last -> last.screening().dangerToSelfOrOthers())
			.orElse(false);
		this.screenings.add(new ScreeningRecord(screening, recommendation, clinician, now));
		this.status = EvaluationStatus.SCREENED;
		register(EventTypes.EVALUATION_SCREENED,
				new EvaluationScreened(this.id, initials(), recommendation.levelOfCare(), now), this.correlationId);
		boolean raisesRiskFlag = screening.dangerToSelfOrOthers() && !riskAlreadyFlagged;
		if (raisesRiskFlag) {
			register(EventTypes.RISK_FLAG_RAISED, new RiskFlagRaised(this.id, initials(), now), this.correlationId);
		}
		return raisesRiskFlag;
	}

	public void decide(DecisionForm form, String clinician, LocalDate defaultStartDate, Instant now) {
		if (this.status != EvaluationStatus.SCREENED) {
			throw new StateConflictException(
					"The request is " + this.status + "; only a SCREENED request can be decided.");
		}
		ScreeningRecord screening = latestScreening().orElseThrow();
		LevelOfCare recommended = screening.recommendation().levelOfCare();
		boolean againstRecommendation = form.levelOfCare() != recommended;
		if (form.outcome() == DecisionOutcome.ACCEPTED && form.levelOfCare() != LevelOfCare.INTENSIVE_OUTPATIENT) {
			throw new InvalidFieldException("levelOfCare", "must be INTENSIVE_OUTPATIENT to accept into the IOP");
		}
		if (form.outcome() == DecisionOutcome.REFERRED && form.levelOfCare() == LevelOfCare.INTENSIVE_OUTPATIENT) {
			throw new InvalidFieldException("levelOfCare", "must name the level of care the person is referred to");
		}
		boolean reasonGiven = form.reason() != null && !form.reason().isBlank();
		if (!reasonGiven && (againstRecommendation || form.outcome() != DecisionOutcome.ACCEPTED)) {
			throw new InvalidFieldException("reason", againstRecommendation
					? "is required to decide against the recommendation (" + recommended + ")"
					: "is required to " + (form.outcome() == DecisionOutcome.REFERRED ? "refer" : "decline"));
		}
		LocalDate startDate = (form.startDate() != null) ? form.startDate() : defaultStartDate;
		if (form.outcome() != DecisionOutcome.ACCEPTED && form.startDate() != null) {
			throw new InvalidFieldException("startDate", "is only for an accepted evaluation");
		}
		this.decision = new Decision(form.outcome(), form.levelOfCare(), reasonGiven ? form.reason().strip() : null,
				(form.outcome() == DecisionOutcome.ACCEPTED) ? startDate : null, againstRecommendation, clinician, now);
		switch (form.outcome()) {
			case ACCEPTED -> {
				this.status = EvaluationStatus.ACCEPTED;
				Screening facts = screening.screening();
				register(EventTypes.EVALUATION_ACCEPTED,
						new EvaluationAccepted(this.id, initials(), facts.primaryFocus(), facts.cohort(),
								facts.continuingWorkOrSchool(), facts.adolescent(), facts.pregnant(),
								facts.injectionDrugUse(), facts.needsMedicationManagement(), facts.needsPsychiatricCare(), startDate,
								now), this.correlationId);
			}
			case REFERRED -> {
				this.status = EvaluationStatus.REFERRED;
				register(EventTypes.EVALUATION_REFERRED,
						new EvaluationReferred(this.id, initials(), form.levelOfCare(), now), this.correlationId);
				forgetContact();
			}
			case DECLINED -> {
				this.status = EvaluationStatus.DECLINED;
				register(EventTypes.EVALUATION_DECLINED, new EvaluationDeclined(this.id, initials(), now), this.correlationId);
				forgetContact();
			}
		}
	}

	/** The person withdraws; recorded by the staff member they told. */
	public void withdraw(String recordedBy, Instant now) {
		requireUndecided("withdrawn");
		this.status = EvaluationStatus.WITHDRAWN;
		this.withdrawal = new Withdrawal(recordedBy, now);
		register(EventTypes.EVALUATION_WITHDRAWN, new EvaluationWithdrawn(this.id, initials(), now), this.correlationId);
		forgetContact();
	}

	/**
	 * The person no longer wants to be contacted, whatever became of the request: the contact is
	 * forgotten on the contacts topic, so no patient message reaches them any more.
	 */
	public void withdrawConsent(String recordedBy, Instant now) {
		if (this.consentWithdrawal != null) {
			throw new StateConflictException("Consent to be contacted was already withdrawn.");
		}
		this.consentWithdrawal = new Withdrawal(recordedBy, now);
		forgetContact();
	}

	/**
	 * The person left the program (scheduling discharged them): no patient message will follow,
	 * so the contact is forgotten. Forgetting it again changes nothing for its readers.
	 */
	public void forgetContactAfterDischarge() {
		forgetContact();
	}

	private void requireUndecided(String change) {
		if (this.status != EvaluationStatus.RECEIVED && this.status != EvaluationStatus.SCREENED) {
			throw new StateConflictException("The request is " + this.status + "; only a RECEIVED or SCREENED request can be "
					+ change + ".");
		}
	}

	private void forgetContact() {
		registerTombstone(EventTypes.PATIENT_CONTACT, this.id, this.correlationId);
	}

	/** Who did what to this request, oldest first. */
	public List<HistoryEntry> history() {
		List<HistoryEntry> history = new ArrayList<>();
		history.add(new HistoryEntry(this.receivedAt, "the person (" + this.source + ")", "requested an evaluation"));
		for (int i = 0; i < this.screenings.size(); i++) {
			ScreeningRecord screening = this.screenings.get(i);
			history.add(new HistoryEntry(screening.screenedAt(), screening.screenedBy(),
					((i == 0) ? "screened; recommended " : "corrected the screening; recommended ")
							+ screening.recommendation().levelOfCare()));
		}
		if (this.decision != null) {
			history.add(new HistoryEntry(this.decision.decidedAt(), this.decision.decidedBy(),
					"decided " + this.decision.outcome() + " (" + this.decision.levelOfCare() + ")"
							+ (this.decision.againstRecommendation() ? ", against the recommendation" : "")));
		}
		if (this.withdrawal != null) {
			history.add(new HistoryEntry(this.withdrawal.recordedAt(), this.withdrawal.recordedBy(),
					"recorded the withdrawal"));
		}
		if (this.consentWithdrawal != null) {
			history.add(new HistoryEntry(this.consentWithdrawal.recordedAt(), this.consentWithdrawal.recordedBy(),
					"recorded that the person withdrew consent to be contacted"));
			history.sort(Comparator.comparing(HistoryEntry::at));
		}
		return history;
	}


	/** Initials are all that events carry of a person's name (minimum necessary). */
	public String initials() {
		return this.firstName.substring(0, 1).toUpperCase() + "." + this.lastName.substring(0, 1).toUpperCase() + ".";
	}

	public Optional<ScreeningRecord> latestScreening() {
		return this.screenings.isEmpty() ? Optional.empty() : Optional.of(this.screenings.get(this.screenings.size() - 1));
	}

	public String id() {
		return this.id;
	}

	public EvaluationStatus status() {
		return this.status;
	}

	public String firstName() {
		return this.firstName;
	}

	public String lastName() {
		return this.lastName;
	}

	public LocalDate dateOfBirth() {
		return this.dateOfBirth;
	}

	public String phone() {
		return this.phone;
	}

	public String email() {
		return this.email;
	}

	public ContactChannel preferredContact() {
		return this.preferredContact;
	}

	public Instant consentGivenAt() {
		return this.consentGivenAt;
	}

	/** The version of the consent text the person agreed to ({@link ConsentText}). */
	public String consentTextVersion() {
		return this.consentTextVersion;
	}

	public Withdrawal consentWithdrawal() {
		return this.consentWithdrawal;
	}

	public List<Focus> concerns() {
		return this.concerns;
	}

	public String message() {
		return this.message;
	}

	public ReferralSource source() {
		return this.source;
	}

	public Insurance insurance() {
		return this.insurance;
	}

	public boolean selfPay() {
		return this.selfPay;
	}

	public boolean paymentPlanInterest() {
		return this.paymentPlanInterest;
	}

	public Instant receivedAt() {
		return this.receivedAt;
	}

	public List<ScreeningRecord> screenings() {
		return List.copyOf(this.screenings);
	}

	public Decision decision() {
		return this.decision;
	}

	/** What ties this person's events together across the services. */
	public String correlationId() {
		return this.correlationId;
	}

	public Withdrawal withdrawal() {
		return this.withdrawal;
	}


}
