package org.clinicops.scheduling.enrollment;

import java.time.Instant;
import java.time.LocalDate;

import org.clinicops.contracts.Cohort;
import org.clinicops.contracts.DischargeReason;
import org.clinicops.contracts.Focus;
import org.clinicops.contracts.Track;

public record EnrollmentView(String id, String evaluationId, EnrollmentStatus status, Track track, Focus primaryFocus,
		Cohort cohort, String groupId, String groupName, String therapistId, String therapistName, LocalDate startDate,
		LocalDate admitBy, DischargeReason dischargeReason, Instant dischargedAt) {

	static EnrollmentView of(Enrollment enrollment) {
		return new EnrollmentView(enrollment.id(), enrollment.evaluationId(), enrollment.status(), enrollment.track(),
				enrollment.primaryFocus(), enrollment.cohort(), enrollment.groupId(), enrollment.groupName(),
				enrollment.therapistId(), enrollment.therapistName(), enrollment.startDate(), enrollment.admitBy(),
				enrollment.dischargeReason(), enrollment.dischargedAt());
	}

}
