package org.clinicops.scheduling.enrollment;

/** A community support meeting a person reports attending. */
public enum SupportMeetingKind {

	AA, NA, SMART_RECOVERY, OTHER

}
