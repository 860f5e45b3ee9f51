package org.clinicops.intake.coverage;

import java.time.Instant;
import java.time.LocalDate;

import org.clinicops.contracts.LevelOfCare;

/** A payer's authorization of {@code units} service days between {@code from} and {@code to}, both included. */
public record Authorization(String id, String number, LevelOfCare levelOfCare, int units, LocalDate from, LocalDate to,
		LocalDate nextReviewDate, String recordedBy, Instant recordedAt) {

	boolean covers(LocalDate date) {
		return !date.isBefore(this.from) && !date.isAfter(this.to);
	}

	boolean overlaps(LocalDate otherFrom, LocalDate otherTo) {
		return !otherTo.isBefore(this.from) && !otherFrom.isAfter(this.to);
	}

}
