package org.clinicops.intake.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.clinicops.contracts.ContactChannel;
import org.clinicops.contracts.Focus;
import org.clinicops.contracts.ReferralSource;
import org.clinicops.intake.screening.Decision;
import org.clinicops.intake.screening.Recommendation;
import org.clinicops.intake.screening.ScreeningRecord;

/** A request as authorised staff see it, with its latest screening, recommendation and decision. */
public record EvaluationRequestView(String id, EvaluationStatus status, String firstName, String lastName,
		LocalDate dateOfBirth, String phone, String email, ContactChannel preferredContact, Instant consentGivenAt,
		String consentTextVersion, Withdrawal consentWithdrawal,
		List<Focus> concerns, String message, ReferralSource source, Insurance insurance, boolean selfPay,
		boolean paymentPlanInterest, Instant receivedAt, ScreeningRecord screening, Recommendation recommendation,
		int screeningCount, Decision decision, Withdrawal withdrawal, List<HistoryEntry> history) {

	public static EvaluationRequestView of(EvaluationRequest request) {
		ScreeningRecord screening = request.latestScreening().orElse(null);
		return new EvaluationRequestView(request.id(), request.status(), request.firstName(), request.lastName(),
				request.dateOfBirth(), request.phone(), request.email(), request.preferredContact(),
				request.consentGivenAt(), request.consentTextVersion(), request.consentWithdrawal(), request.concerns(), request.message(), request.source(),
				request.insurance(), request.selfPay(), request.paymentPlanInterest(), request.receivedAt(),
				screening, (screening != null) ? screening.recommendation() : null, request.screenings().size(),
				request.decision(), request.withdrawal(), request.history());
	}

}
