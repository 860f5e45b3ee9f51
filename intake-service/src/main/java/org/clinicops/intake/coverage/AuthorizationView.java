package org.clinicops.intake.coverage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.clinicops.contracts.LevelOfCare;

/** An authorization with what attendance has used of it: the service days counted and the units left. */
public record AuthorizationView(String id, String number, LevelOfCare levelOfCare, int units, LocalDate from,
		LocalDate to, LocalDate nextReviewDate, int unitsUsed, int unitsLeft, List<LocalDate> serviceDays,
		String recordedBy, Instant recordedAt) {

	static AuthorizationView of(Authorization authorization, ServiceDays.Allocation allocation) {
		List<LocalDate> counted = allocation.countedFor(authorization.id());
		return new AuthorizationView(authorization.id(), authorization.number(), authorization.levelOfCare(),
				authorization.units(), authorization.from(), authorization.to(), authorization.nextReviewDate(),
				counted.size(), authorization.units() - counted.size(), counted, authorization.recordedBy(),
				authorization.recordedAt());
	}

	public static List<AuthorizationView> of(Coverage coverage) {
		ServiceDays.Allocation allocation = coverage.allocation();
		return coverage.authorizations().stream().map(authorization -> of(authorization, allocation)).toList();
	}

}
