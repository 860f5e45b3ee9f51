package org.clinicops.intake.request;

import java.time.Instant;

/** What the person who submitted a request is told: no more than that it arrived. */
public record SubmissionReceipt(String id, EvaluationStatus status, Instant receivedAt) {

	static SubmissionReceipt of(EvaluationRequest request) {
		return new SubmissionReceipt(request.id(), EvaluationStatus.RECEIVED, request.receivedAt());
	}

}
