package org.clinicops.notification.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.clinicops.contracts.AdmitByNear;
import org.clinicops.contracts.AlertPriority;
import org.clinicops.contracts.AppointmentKind;
import org.clinicops.contracts.AppointmentUnplaceable;
import org.clinicops.contracts.AttendanceUnrecorded;
import org.clinicops.contracts.AuthorizationEnding;
import org.clinicops.contracts.AuthorizationLow;
import org.clinicops.contracts.AuthorizationReviewDue;
import org.clinicops.contracts.BenefitsUnverified;
import org.clinicops.contracts.ClinicEvent;
import org.clinicops.contracts.EvaluationAccepted;
import org.clinicops.contracts.EvaluationReferred;
import org.clinicops.contracts.EvaluationRequested;
import org.clinicops.contracts.GroupAssigned;
import org.clinicops.contracts.GroupFull;
import org.clinicops.contracts.PatientEnrolled;
import org.clinicops.contracts.PatientWaitlisted;
import org.clinicops.contracts.PlanOutOfRange;
import org.clinicops.contracts.RiskFlagRaised;
import org.clinicops.contracts.SessionsMissed;
import org.clinicops.contracts.StaffRole;
import org.clinicops.contracts.UnauthorizedServiceDay;
import org.clinicops.contracts.WeekHoursOutOfRange;

/**
 * Which staff an event must reach, how urgently, and with what text: the clinic's routing table.
 * Named recipients (the primary therapist, the group facilitator) come from the event itself.
 */
public final class AlertRouter {

	private static final Map<AppointmentKind, String> KIND_WORDS = Map.of(AppointmentKind.INDIVIDUAL,
			"individual session", AppointmentKind.MEDICATION_MANAGEMENT, "medication management",
			AppointmentKind.PSYCHIATRIC_EVALUATION, "psychiatric evaluation");

	private final String intakeBaseUrl;

	private final String schedulingBaseUrl;

	public AlertRouter(String intakeBaseUrl, String schedulingBaseUrl) {
		this.intakeBaseUrl = intakeBaseUrl;
		this.schedulingBaseUrl = schedulingBaseUrl;
	}

	public List<AlertSpec> route(ClinicEvent event) {
		if (event instanceof EvaluationRequested requested) {
			return List.of(new AlertSpec(AlertType.EVALUATION_REQUESTED, AlertPriority.NORMAL, StaffRole.INTAKE_COORDINATOR,
					null, "New evaluation request from " + requested.initials() + ": contact and schedule screening.",
					evaluationLink(event)));
		}
		if (event instanceof RiskFlagRaised flagged) {
			String text = "Risk flag for " + flagged.initials() + " at screening: act now.";
			return List.of(
					new AlertSpec(AlertType.RISK_FLAG_RAISED, AlertPriority.URGENT, StaffRole.PROGRAM_DIRECTOR, null, text,
							evaluationLink(event)),
					new AlertSpec(AlertType.RISK_FLAG_RAISED, AlertPriority.URGENT, StaffRole.CLINICIAN, null, text,
							evaluationLink(event)));
		}
		if (event instanceof EvaluationAccepted accepted) {
			return List.of(new AlertSpec(AlertType.EVALUATION_ACCEPTED, AlertPriority.INFO, StaffRole.INTAKE_COORDINATOR, null,
					"Evaluation of " + accepted.initials() + " accepted; enrollment follows.", evaluationLink(event)));
		}
		if (event instanceof EvaluationReferred referred) {
			return List.of(new AlertSpec(AlertType.EVALUATION_REFERRED, AlertPriority.HIGH, StaffRole.INTAKE_COORDINATOR, null,
					"Arrange the referral of " + referred.initials() + " to another level of care.",
					evaluationLink(event)));
		}
		if (event instanceof PatientEnrolled enrolled) {
			if (enrolled.therapistName() == null) {
				return List.of(new AlertSpec(AlertType.THERAPIST_NEEDED, AlertPriority.HIGH, StaffRole.SCHEDULER, null,
						enrolled.initials() + " is enrolled but no therapist had room: assign a primary therapist.",
						enrollmentLink(event)));
			}
			return List.of(new AlertSpec(AlertType.PATIENT_ENROLLED, AlertPriority.NORMAL, StaffRole.CLINICIAN,
					enrolled.therapistName(), enrolled.initials() + " is enrolled; you are the primary therapist.",
					enrollmentLink(event)));
		}
		if (event instanceof GroupAssigned assigned) {
			return List.of(new AlertSpec(AlertType.GROUP_ASSIGNED, AlertPriority.NORMAL, StaffRole.CLINICIAN,
					assigned.facilitator(), assigned.initials() + " joins a group you facilitate.",
					enrollmentLink(event)));
		}
		if (event instanceof PatientWaitlisted waitlisted) {
			String text = waitlisted.initials() + " is waitlisted for want of a seat; admit by " + waitlisted.admitBy()
					+ ".";
			return List.of(
					new AlertSpec(AlertType.PATIENT_WAITLISTED, AlertPriority.HIGH, StaffRole.SCHEDULER, null, text,
							enrollmentLink(event)),
					new AlertSpec(AlertType.PATIENT_WAITLISTED, AlertPriority.HIGH, StaffRole.PROGRAM_DIRECTOR, null, text,
							enrollmentLink(event)));
		}
		if (event instanceof GroupFull full) {
			return List.of(new AlertSpec(AlertType.GROUP_FULL, AlertPriority.NORMAL, StaffRole.PROGRAM_DIRECTOR, null,
					"A group of the " + full.track().name().toLowerCase() + " track is full: new people will be waitlisted.",
					this.schedulingBaseUrl + "/api/groups/" + full.groupId()));
		}
		if (event instanceof PlanOutOfRange plan) {
			return List.of(new AlertSpec(AlertType.PLAN_OUT_OF_RANGE, AlertPriority.HIGH, StaffRole.SCHEDULER, null,
					"The weekly plan of " + plan.initials() + " for " + plan.week() + " has " + plan.totalHours()
							+ " hours, outside the IOP range: adjust it.",
					enrollmentLink(event)));
		}
		if (event instanceof AppointmentUnplaceable unplaceable) {
			return List.of(new AlertSpec(AlertType.APPOINTMENT_UNPLACEABLE, AlertPriority.HIGH, StaffRole.SCHEDULER, null,
					"No free time was found for " + unplaceable.initials() + "'s " + KIND_WORDS.get(unplaceable.kind())
							+ " in " + unplaceable.week() + ": book it by hand.",
					enrollmentLink(event)));
		}
		if (event instanceof AttendanceUnrecorded unrecorded) {
			return List.of(new AlertSpec(AlertType.ATTENDANCE_UNRECORDED, AlertPriority.NORMAL, StaffRole.CLINICIAN,
					unrecorded.facilitator(), "Attendance of the group meeting of " + unrecorded.sessionStart()
							+ " is not recorded yet: take it from the sign-in sheet.",
					this.schedulingBaseUrl + "/api/groups/" + unrecorded.groupId()));
		}
		if (event instanceof SessionsMissed missed) {
			String text = missed.initials() + " missed two sessions in a row (from " + missed.firstMissedAt().toLocalDate()
					+ "): reach out.";
			List<AlertSpec> specs = new ArrayList<>();
			if (missed.therapistName() != null) {
				specs.add(new AlertSpec(AlertType.SESSIONS_MISSED, AlertPriority.HIGH, StaffRole.CLINICIAN,
						missed.therapistName(), text, enrollmentLink(event)));
			}
			specs.add(new AlertSpec(AlertType.SESSIONS_MISSED, AlertPriority.HIGH, StaffRole.INTAKE_COORDINATOR, null, text,
					enrollmentLink(event)));
			return specs;
		}
		if (event instanceof WeekHoursOutOfRange hours) {
			String text = hours.initials() + " attended " + hours.attendedHours() + " clinical hours in " + hours.week()
					+ (hours.underMinimum() ? ", under the minimum of " + hours.minimumHours() : ", at or over the maximum of "
							+ hours.maximumHours())
					+ ".";
			List<AlertSpec> specs = new ArrayList<>();
			if (hours.therapistName() != null) {
				specs.add(new AlertSpec(AlertType.WEEK_HOURS_OUT_OF_RANGE, AlertPriority.HIGH, StaffRole.CLINICIAN,
						hours.therapistName(), text, enrollmentLink(event)));
			}
			specs.add(new AlertSpec(AlertType.WEEK_HOURS_OUT_OF_RANGE, AlertPriority.HIGH, StaffRole.PROGRAM_DIRECTOR, null,
					text, enrollmentLink(event)));
			return specs;
		}
		if (event instanceof AdmitByNear near) {
			String text = near.initials() + " is still waitlisted; admit by " + near.admitBy() + ".";
			return List.of(
					new AlertSpec(AlertType.ADMIT_BY_NEAR, AlertPriority.HIGH, StaffRole.SCHEDULER, null, text,
							enrollmentLink(event)),
					new AlertSpec(AlertType.ADMIT_BY_NEAR, AlertPriority.HIGH, StaffRole.PROGRAM_DIRECTOR, null, text,
							enrollmentLink(event)));
		}
		return coverage(event);
	}

	/** Intake's coverage: the coordinators keep authorizations ahead of the care given. */
	private List<AlertSpec> coverage(ClinicEvent event) {
		if (event instanceof BenefitsUnverified unverified) {
			return List.of(new AlertSpec(AlertType.BENEFITS_UNVERIFIED, AlertPriority.HIGH, StaffRole.INTAKE_COORDINATOR, null,
					unverified.initials() + " was accepted two days ago and their benefits are not verified: verify them.",
					evaluationLink(event)));
		}
		if (event instanceof AuthorizationLow low) {
			return List.of(new AlertSpec(AlertType.AUTHORIZATION_LOW, AlertPriority.HIGH, StaffRole.INTAKE_COORDINATOR, null,
					low.unitsLeft() + " of " + low.units() + " authorized days left for " + low.initials()
							+ ": ask the payer for more.",
					evaluationLink(event)));
		}
		if (event instanceof AuthorizationEnding ending) {
			return List.of(new AlertSpec(AlertType.AUTHORIZATION_ENDING, AlertPriority.HIGH, StaffRole.INTAKE_COORDINATOR,
					null, "The authorization of " + ending.initials() + " ends " + ending.to()
							+ ": ask the payer to extend it.",
					evaluationLink(event)));
		}
		if (event instanceof AuthorizationReviewDue review) {
			return List.of(new AlertSpec(AlertType.AUTHORIZATION_REVIEW_DUE, AlertPriority.HIGH,
					StaffRole.INTAKE_COORDINATOR, null, "The utilization review of " + review.initials()
							+ "'s authorization is due (" + review.nextReviewDate() + "): send it to the payer.",
					evaluationLink(event)));
		}
		if (event instanceof UnauthorizedServiceDay day) {
			String text = day.initials() + " attended care on " + day.serviceDate()
					+ " and no authorization covers it: obtain one from the payer.";
			return List.of(
					new AlertSpec(AlertType.UNAUTHORIZED_SERVICE_DAY, AlertPriority.HIGH, StaffRole.INTAKE_COORDINATOR, null,
							text, evaluationLink(event)),
					new AlertSpec(AlertType.UNAUTHORIZED_SERVICE_DAY, AlertPriority.HIGH, StaffRole.PROGRAM_DIRECTOR, null,
							text, evaluationLink(event)));
		}
		return List.of();
	}

	/** A patient message could not be delivered: the coordinators reach the person another way. */
	public AlertSpec messageFailed(String initials, String evaluationId) {
		return new AlertSpec(AlertType.MESSAGE_FAILED, AlertPriority.HIGH, StaffRole.INTAKE_COORDINATOR, null,
				"A message to " + initials + " could not be delivered: reach them another way.",
				this.intakeBaseUrl + "/api/evaluation-requests/" + evaluationId);
	}

	/** The person prefers a phone call: a coordinator gives them the message by phone. */
	public AlertSpec callPatient(String initials, String evaluationId) {
		return new AlertSpec(AlertType.CALL_PATIENT, AlertPriority.NORMAL, StaffRole.INTAKE_COORDINATOR, null,
				"Call " + initials + " (their preferred channel) with the clinic's news for them.",
				this.intakeBaseUrl + "/api/evaluation-requests/" + evaluationId);
	}

	private String evaluationLink(ClinicEvent event) {
		return this.intakeBaseUrl + "/api/evaluation-requests/" + event.evaluationId();
	}

	private String enrollmentLink(ClinicEvent event) {
		return this.schedulingBaseUrl + "/api/enrollments?evaluationId=" + event.evaluationId();
	}

}
