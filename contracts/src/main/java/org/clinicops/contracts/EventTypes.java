package org.clinicops.contracts;

import java.util.List;
import java.util.Optional;

/** The catalog of event types the platform publishes. */
public final class EventTypes {

	public static final EventType<EvaluationRequested> EVALUATION_REQUESTED = new EventType<>(
			"clinic.intake.evaluation-requested.v1", Topics.INTAKE_EVALUATIONS, EvaluationRequested.class);

	public static final EventType<EvaluationScreened> EVALUATION_SCREENED = new EventType<>(
			"clinic.intake.evaluation-screened.v1", Topics.INTAKE_EVALUATIONS, EvaluationScreened.class);

	public static final EventType<RiskFlagRaised> RISK_FLAG_RAISED = new EventType<>(
			"clinic.intake.risk-flag-raised.v1", Topics.INTAKE_EVALUATIONS, RiskFlagRaised.class);

	public static final EventType<EvaluationAccepted> EVALUATION_ACCEPTED = new EventType<>(
			"clinic.intake.evaluation-accepted.v1", Topics.INTAKE_EVALUATIONS, EvaluationAccepted.class);

	public static final EventType<EvaluationReferred> EVALUATION_REFERRED = new EventType<>(
			"clinic.intake.evaluation-referred.v1", Topics.INTAKE_EVALUATIONS, EvaluationReferred.class);

	public static final EventType<EvaluationDeclined> EVALUATION_DECLINED = new EventType<>(
			"clinic.intake.evaluation-declined.v1", Topics.INTAKE_EVALUATIONS, EvaluationDeclined.class);

	public static final EventType<EvaluationWithdrawn> EVALUATION_WITHDRAWN = new EventType<>(
			"clinic.intake.evaluation-withdrawn.v1", Topics.INTAKE_EVALUATIONS, EvaluationWithdrawn.class);

	/** Its tombstone (no value, same type) removes the contact. */
	public static final EventType<BenefitsVerified> BENEFITS_VERIFIED = new EventType<>(
			"clinic.intake.benefits-verified.v1", Topics.INTAKE_EVALUATIONS, BenefitsVerified.class);

	public static final EventType<BenefitsUnverified> BENEFITS_UNVERIFIED = new EventType<>(
			"clinic.intake.benefits-unverified.v1", Topics.INTAKE_EVALUATIONS, BenefitsUnverified.class);

	public static final EventType<AuthorizationRecorded> AUTHORIZATION_RECORDED = new EventType<>(
			"clinic.intake.authorization-recorded.v1", Topics.INTAKE_EVALUATIONS, AuthorizationRecorded.class);

	public static final EventType<AuthorizationLow> AUTHORIZATION_LOW = new EventType<>(
			"clinic.intake.authorization-low.v1", Topics.INTAKE_EVALUATIONS, AuthorizationLow.class);

	public static final EventType<AuthorizationEnding> AUTHORIZATION_ENDING = new EventType<>(
			"clinic.intake.authorization-ending.v1", Topics.INTAKE_EVALUATIONS, AuthorizationEnding.class);

	public static final EventType<AuthorizationReviewDue> AUTHORIZATION_REVIEW_DUE = new EventType<>(
			"clinic.intake.authorization-review-due.v1", Topics.INTAKE_EVALUATIONS, AuthorizationReviewDue.class);

	public static final EventType<UnauthorizedServiceDay> UNAUTHORIZED_SERVICE_DAY = new EventType<>(
			"clinic.intake.unauthorized-service-day.v1", Topics.INTAKE_EVALUATIONS, UnauthorizedServiceDay.class);

	public static final EventType<PatientContact> PATIENT_CONTACT = new EventType<>("clinic.intake.patient-contact.v1",
			Topics.INTAKE_CONTACTS, PatientContact.class);

	public static final EventType<PatientEnrolled> PATIENT_ENROLLED = new EventType<>(
			"clinic.scheduling.patient-enrolled.v1", Topics.SCHEDULING_ENROLLMENTS, PatientEnrolled.class);

	public static final EventType<GroupAssigned> GROUP_ASSIGNED = new EventType<>(
			"clinic.scheduling.group-assigned.v1", Topics.SCHEDULING_ENROLLMENTS, GroupAssigned.class);

	public static final EventType<PatientWaitlisted> PATIENT_WAITLISTED = new EventType<>(
			"clinic.scheduling.patient-waitlisted.v1", Topics.SCHEDULING_ENROLLMENTS, PatientWaitlisted.class);

	public static final EventType<GroupFull> GROUP_FULL = new EventType<>("clinic.scheduling.group-full.v1",
			Topics.SCHEDULING_ENROLLMENTS, GroupFull.class);

	public static final EventType<AdmitByNear> ADMIT_BY_NEAR = new EventType<>("clinic.scheduling.admit-by-near.v1",
			Topics.SCHEDULING_ENROLLMENTS, AdmitByNear.class);

	public static final EventType<PlanOutOfRange> PLAN_OUT_OF_RANGE = new EventType<>(
			"clinic.scheduling.plan-out-of-range.v1", Topics.SCHEDULING_ENROLLMENTS, PlanOutOfRange.class);

	public static final EventType<PatientDischarged> PATIENT_DISCHARGED = new EventType<>(
			"clinic.scheduling.patient-discharged.v1", Topics.SCHEDULING_ENROLLMENTS, PatientDischarged.class);

	public static final EventType<AppointmentBooked> APPOINTMENT_BOOKED = new EventType<>(
			"clinic.scheduling.appointment-booked.v1", Topics.SCHEDULING_ENROLLMENTS, AppointmentBooked.class);

	public static final EventType<AppointmentCancelled> APPOINTMENT_CANCELLED = new EventType<>(
			"clinic.scheduling.appointment-cancelled.v1", Topics.SCHEDULING_ENROLLMENTS, AppointmentCancelled.class);

	public static final EventType<AppointmentUnplaceable> APPOINTMENT_UNPLACEABLE = new EventType<>(
			"clinic.scheduling.appointment-unplaceable.v1", Topics.SCHEDULING_ENROLLMENTS, AppointmentUnplaceable.class);

	public static final EventType<AttendanceRecorded> ATTENDANCE_RECORDED = new EventType<>(
			"clinic.scheduling.attendance-recorded.v1", Topics.SCHEDULING_ENROLLMENTS, AttendanceRecorded.class);

	public static final EventType<WeekHoursOutOfRange> WEEK_HOURS_OUT_OF_RANGE = new EventType<>(
			"clinic.scheduling.week-hours-out-of-range.v1", Topics.SCHEDULING_ENROLLMENTS, WeekHoursOutOfRange.class);

	public static final EventType<SessionsMissed> SESSIONS_MISSED = new EventType<>(
			"clinic.scheduling.sessions-missed.v1", Topics.SCHEDULING_ENROLLMENTS, SessionsMissed.class);

	public static final EventType<AttendanceUnrecorded> ATTENDANCE_UNRECORDED = new EventType<>(
			"clinic.scheduling.attendance-unrecorded.v1", Topics.SCHEDULING_ENROLLMENTS, AttendanceUnrecorded.class);

	public static final EventType<AlertRaised> ALERT_RAISED = new EventType<>(
			"clinic.notification.alert-raised.v1", Topics.NOTIFICATION_ALERTS, AlertRaised.class);

	public static final EventType<AlertAcknowledged> ALERT_ACKNOWLEDGED = new EventType<>(
			"clinic.notification.alert-acknowledged.v1", Topics.NOTIFICATION_ALERTS, AlertAcknowledged.class);

	public static final EventType<AlertEscalated> ALERT_ESCALATED = new EventType<>(
			"clinic.notification.alert-escalated.v1", Topics.NOTIFICATION_ALERTS, AlertEscalated.class);

	public static final List<EventType<?>> ALL = List.of(EVALUATION_REQUESTED, EVALUATION_SCREENED,
			RISK_FLAG_RAISED, EVALUATION_ACCEPTED, EVALUATION_REFERRED, EVALUATION_DECLINED, EVALUATION_WITHDRAWN,
			BENEFITS_VERIFIED, BENEFITS_UNVERIFIED, AUTHORIZATION_RECORDED, AUTHORIZATION_LOW, AUTHORIZATION_ENDING,
			AUTHORIZATION_REVIEW_DUE, UNAUTHORIZED_SERVICE_DAY, PATIENT_CONTACT, PATIENT_ENROLLED, GROUP_ASSIGNED,
			PATIENT_WAITLISTED, GROUP_FULL, ADMIT_BY_NEAR, PLAN_OUT_OF_RANGE, PATIENT_DISCHARGED, APPOINTMENT_BOOKED,
			APPOINTMENT_CANCELLED, APPOINTMENT_UNPLACEABLE, ATTENDANCE_RECORDED, WEEK_HOURS_OUT_OF_RANGE, SESSIONS_MISSED, ATTENDANCE_UNRECORDED, ALERT_RAISED, ALERT_ACKNOWLEDGED,
			ALERT_ESCALATED);

	public static Optional<EventType<?>> byName(String name) {
		return ALL.stream().filter(type -> type.name().equals(name)).findFirst();
	}

	private EventTypes() {
	}

}
