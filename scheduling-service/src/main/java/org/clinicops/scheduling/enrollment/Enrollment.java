package org.clinicops.scheduling.enrollment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

import org.clinicops.common.ids.DerivedIds;
import org.clinicops.common.outbox.OutboxAggregate;
import org.clinicops.common.web.StateConflictException;
import org.clinicops.contracts.AdmitByNear;
import org.clinicops.contracts.AppointmentKind;
import org.clinicops.contracts.AppointmentUnplaceable;
import org.clinicops.contracts.Cohort;
import org.clinicops.contracts.DischargeReason;
import org.clinicops.contracts.EvaluationAccepted;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.Focus;
import org.clinicops.contracts.GroupAssigned;
import org.clinicops.contracts.PatientDischarged;
import org.clinicops.contracts.PatientEnrolled;
import org.clinicops.contracts.PatientWaitlisted;
import org.clinicops.contracts.PlanOutOfRange;
import org.clinicops.contracts.Track;
import org.clinicops.scheduling.clinicians.Therapist;
import org.clinicops.scheduling.groups.Group;
import org.clinicops.scheduling.groups.Placement;
import org.clinicops.scheduling.groups.SeatRequest;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person's enrollment in the IOP, one per accepted evaluation: its id is derived from the
 * evaluation id, so a redelivered acceptance can never create a second one.
 */
@Document("enrollments")
@CompoundIndex(name = "waitlist", def = "{'status': 1, 'primaryFocus': 1, 'track': 1, 'priorityRank': 1, 'acceptedAt': 1}")
@CompoundIndex(name = "newest", def = "{'acceptedAt': -1, '_id': -1}")
@CompoundIndex(name = "by_status", def = "{'status': 1, 'acceptedAt': -1, '_id': -1}")
@CompoundIndex(name = "by_group", def = "{'groupId': 1, 'acceptedAt': -1, '_id': -1}")
public class Enrollment extends OutboxAggregate {

	@Id
	private String id;

	@Version
	private Long version;

	@Indexed(unique = true)
	private String evaluationId;

	private String initials;

	@Indexed
	private EnrollmentStatus status;

	private Track track;

	private Focus primaryFocus;

	private Cohort cohort;

	private boolean adolescent;

	private boolean pregnant;

	private boolean injectionDrugUse;

	private boolean needsMedicationManagement;

	private boolean needsPsychiatricCare;

	/** The appointments found no time for, by kind and week, so each is flagged to the schedulers once. */
	private Set<String> unplaceable = new HashSet<>();

	private LocalDate startDate;

	private Instant acceptedAt;

	private String groupId;

	/** The day the person joined the current group: with the group it names the open membership. */
	private LocalDate groupJoinedOn;

	private String groupName;

	private String therapistId;

	private String therapistName;

	private LocalDate admitBy;

	private int priorityRank;

	private Instant admitByWarnedAt;

	private DischargeReason dischargeReason;

	private Instant dischargedAt;

	private String correlationId;

	protected Enrollment() {
	}

	public static String idFor(String evaluationId) {
		return DerivedIds.of("enrollment", evaluationId);
	}

	public static Enrollment accept(EvaluationAccepted accepted, String correlationId) {
		Enrollment enrollment = new Enrollment();
		enrollment.id = idFor(accepted.evaluationId());
		enrollment.evaluationId = accepted.evaluationId();
		enrollment.initials = accepted.initials();
		enrollment.status = EnrollmentStatus.PENDING;
		enrollment.track = Track.forPerson(accepted.continuingWorkOrSchool());
		enrollment.primaryFocus = accepted.primaryFocus();
		enrollment.cohort = accepted.cohort();
		enrollment.adolescent = accepted.adolescent();
		enrollment.pregnant = accepted.pregnant();
		enrollment.injectionDrugUse = accepted.injectionDrugUse();
		enrollment.needsMedicationManagement = accepted.needsMedicationManagement();
		enrollment.needsPsychiatricCare = accepted.needsPsychiatricCare();
		enrollment.startDate = accepted.startDate();
		enrollment.acceptedAt = accepted.acceptedAt();
		enrollment.priorityRank = WaitlistPriority.of(accepted.pregnant(), accepted.injectionDrugUse()).rank();
		enrollment.correlationId = correlationId;
		return enrollment;
	}

	public Placement placement() {
		return new Placement(this.primaryFocus, this.cohort, this.track);
	}

	/** Pregnant people and people who inject drugs are admitted first (US block-grant priority). */
	public boolean priorityPopulation() {
		return this.pregnant || this.injectionDrugUse;
	}

	public WaitlistPriority priority() {
		return WaitlistPriority.of(this.pregnant, this.injectionDrugUse);
	}

	/** A request for a seat from the start date, or from today when that has passed. */
	public SeatRequest seatRequest(LocalDate today) {
		return new SeatRequest(this.id, this.evaluationId, this.initials, this.correlationId, placement(),
				this.startDate.isBefore(today) ? today : this.startDate);
	}

	/**
	 * A seat was found, at once or from the waitlist: the person is enrolled, with a primary
	 * therapist when one had room.
	 */
	public void enroll(Group group, LocalDate joinedOn, Therapist therapist, Instant now) {
		if (this.status != EnrollmentStatus.PENDING && this.status != EnrollmentStatus.WAITLISTED) {
			throw new StateConflictException("The enrollment is " + this.status + "; only a new or waitlisted one can "
					+ "be given a group.");
		}
		this.status = EnrollmentStatus.ACTIVE;
		this.groupId = group.id();
		this.groupJoinedOn = joinedOn;
		this.groupName = group.name();
		if (therapist != null) {
			this.therapistId = therapist.id();
			this.therapistName = therapist.name();
		}
		register(EventTypes.PATIENT_ENROLLED, new PatientEnrolled(this.evaluationId, this.id, this.initials, this.track,
				this.primaryFocus, this.cohort, this.therapistId, this.therapistName, this.startDate, now), this.correlationId);
		register(EventTypes.GROUP_ASSIGNED, new GroupAssigned(this.evaluationId, this.id, this.initials, group.id(),
				group.name(), group.facilitator(), this.track, null, now), this.correlationId);
	}

	/** Moves an active person to another group; the memberships keep the history. */
	public void transferTo(Group group, LocalDate joinedOn, Instant now) {
		requireStatus(EnrollmentStatus.ACTIVE, "transferred");
		String previousGroupId = this.groupId;
		this.groupId = group.id();
		this.groupJoinedOn = joinedOn;
		this.groupName = group.name();
		register(EventTypes.GROUP_ASSIGNED, new GroupAssigned(this.evaluationId, this.id, this.initials, group.id(),
				group.name(), group.facilitator(), this.track, previousGroupId, now), this.correlationId);
	}

	public void discharge(DischargeReason reason, Instant now) {
		if (this.status != EnrollmentStatus.ACTIVE && this.status != EnrollmentStatus.WAITLISTED) {
			throw new StateConflictException("The enrollment is " + this.status
					+ "; only an ACTIVE or WAITLISTED enrollment can be discharged.");
		}
		this.status = EnrollmentStatus.DISCHARGED;
		this.dischargeReason = reason;
		this.dischargedAt = now;
		register(EventTypes.PATIENT_DISCHARGED, new PatientDischarged(this.evaluationId, this.id, this.initials, reason,
				now), this.correlationId);
	}

	/**
	 * Warns staff, once, that a waitlisted person's admit-by deadline is near. Returns whether this
	 * call warned (false when already warned or no longer waiting).
	 */
	public boolean warnAdmitByNear(Instant now) {
		if (this.status != EnrollmentStatus.WAITLISTED || this.admitByWarnedAt != null) {
			return false;
		}
		this.admitByWarnedAt = now;
		register(EventTypes.ADMIT_BY_NEAR, new AdmitByNear(this.evaluationId, this.id, this.initials,
				priorityPopulation(), this.admitBy, now), this.correlationId);
		return true;
	}

	/** Flags, for the schedulers, a weekly plan whose hours lie outside the IOP range. */
	public void flagPlanOutOfRange(String week, BigDecimal totalHours, BigDecimal minimumHours, BigDecimal maximumHours,
			Instant now) {
		register(EventTypes.PLAN_OUT_OF_RANGE, new PlanOutOfRange(this.evaluationId, this.id, this.initials, week,
				totalHours, minimumHours, maximumHours, now), this.correlationId);
	}

	/**
	 * Tells the schedulers, once per kind and week, that no free time was found for an appointment
	 * the plan needs. Returns whether this call flagged it.
	 */
	public boolean flagUnplaceable(AppointmentKind kind, String week, Instant now) {
		if (this.unplaceable == null) {
			this.unplaceable = new HashSet<>();
		}
		if (!this.unplaceable.add(kind + "|" + week)) {
			return false;
		}
		register(EventTypes.APPOINTMENT_UNPLACEABLE, new AppointmentUnplaceable(this.evaluationId, this.id, this.initials,
				kind, week, now), this.correlationId);
		return true;
	}

	private void requireStatus(EnrollmentStatus required, String change) {
		if (this.status != required) {
			throw new StateConflictException("The enrollment is " + this.status + "; only an " + required
					+ " enrollment can be " + change + ".");
		}
	}

	public void waitlist(int admitByDays, Instant now) {
		this.status = EnrollmentStatus.WAITLISTED;
		this.admitBy = LocalDate.ofInstant(this.acceptedAt, ZoneOffset.UTC).plusDays(admitByDays);
		register(EventTypes.PATIENT_WAITLISTED, new PatientWaitlisted(this.evaluationId, this.id, this.initials,
				this.primaryFocus, this.cohort, this.track, priorityPopulation(), this.admitBy, now), this.correlationId);
	}


	public String id() {
		return this.id;
	}

	public String evaluationId() {
		return this.evaluationId;
	}

	public String initials() {
		return this.initials;
	}

	public EnrollmentStatus status() {
		return this.status;
	}

	public Track track() {
		return this.track;
	}

	public Focus primaryFocus() {
		return this.primaryFocus;
	}

	public Cohort cohort() {
		return this.cohort;
	}

	public LocalDate startDate() {
		return this.startDate;
	}

	public String groupId() {
		return this.groupId;
	}

	/** Null for an enrollment stored before the day was kept, and for one not in a group. */
	public LocalDate groupJoinedOn() {
		return this.groupJoinedOn;
	}

	public String groupName() {
		return this.groupName;
	}

	public String therapistId() {
		return this.therapistId;
	}

	public String therapistName() {
		return this.therapistName;
	}

	public LocalDate admitBy() {
		return this.admitBy;
	}

	public Instant acceptedAt() {
		return this.acceptedAt;
	}

	public Instant admitByWarnedAt() {
		return this.admitByWarnedAt;
	}

	public DischargeReason dischargeReason() {
		return this.dischargeReason;
	}

	public Instant dischargedAt() {
		return this.dischargedAt;
	}

	public boolean adolescent() {
		return this.adolescent;
	}

	public boolean needsMedicationManagement() {
		return this.needsMedicationManagement;
	}

	public boolean needsPsychiatricCare() {
		return this.needsPsychiatricCare;
	}

	public String correlationId() {
		return this.correlationId;
	}

}
