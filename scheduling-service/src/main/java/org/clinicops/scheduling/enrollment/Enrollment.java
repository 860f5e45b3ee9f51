package org.clinicops.scheduling.enrollment;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.clinicops.common.events.Cohort;
import org.clinicops.common.events.EvaluationAccepted;
import org.clinicops.common.events.EventTypes;
import org.clinicops.common.events.Focus;
import org.clinicops.common.events.GroupAssigned;
import org.clinicops.common.events.PatientEnrolled;
import org.clinicops.common.events.PatientWaitlisted;
import org.clinicops.common.events.Track;
import org.clinicops.common.outbox.OutboxAggregate;
import org.clinicops.scheduling.groups.Group;
import org.clinicops.scheduling.groups.Placement;
import org.clinicops.scheduling.therapists.Therapist;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person's enrollment in the IOP, one per accepted evaluation: its id is derived from the
 * evaluation id, so a redelivered acceptance can never create a second one.
 */
@Document("enrollments")
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

	private LocalDate startDate;

	private Instant acceptedAt;

	private String groupId;

	private String groupName;

	private String therapistId;

	private String therapistName;

	private LocalDate admitBy;

	private String correlationId;


	protected Enrollment() {
	}

	public static String idFor(String evaluationId) {
		return UUID.nameUUIDFromBytes(("enrollment:" + evaluationId).getBytes(StandardCharsets.UTF_8)).toString();
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
		enrollment.startDate = accepted.startDate();
		enrollment.acceptedAt = accepted.acceptedAt();
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

	/** A seat was found: the person is enrolled, with a primary therapist when one had room. */
	public void enroll(Group group, Therapist therapist, Instant now) {
		this.status = EnrollmentStatus.ACTIVE;
		this.groupId = group.id();
		this.groupName = group.name();
		if (therapist != null) {
			this.therapistId = therapist.id();
			this.therapistName = therapist.name();
		}
		register(EventTypes.PATIENT_ENROLLED, new PatientEnrolled(this.evaluationId, this.id, this.initials, this.track,
				this.primaryFocus, this.cohort, this.therapistId, this.therapistName, this.startDate, now), this.correlationId);
		register(EventTypes.GROUP_ASSIGNED, new GroupAssigned(this.evaluationId, this.id, this.initials, group.id(),
				group.name(), group.facilitator(), this.track, now), this.correlationId);
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

}
