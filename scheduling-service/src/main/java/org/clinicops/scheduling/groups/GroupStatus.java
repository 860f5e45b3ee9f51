package org.clinicops.scheduling.groups;

/** Whether a group takes people ({@code OPEN}) or was closed, as the group list filters them. */
enum GroupStatus {

	OPEN, CLOSED

}
