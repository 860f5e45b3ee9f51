package org.clinicops.scheduling.clinicians;

import java.util.List;
import java.util.Set;

import org.clinicops.contracts.Focus;

public record TherapistView(String id, String name, int caseloadCapacity, int slotsLeft, Set<Focus> specialties,
		List<WorkingDay> workingHours) {

	static TherapistView of(Therapist therapist) {
		return new TherapistView(therapist.id(), therapist.name(), therapist.caseloadCapacity(), therapist.slotsLeft(),
				therapist.specialties(), therapist.workingHours());
	}

}
