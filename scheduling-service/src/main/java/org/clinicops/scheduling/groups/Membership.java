package org.clinicops.scheduling.groups;

import java.time.LocalDate;

/** A person's place in a group from the day they join; IOP groups are open and rolling. */
public record Membership(String enrollmentId, String initials, LocalDate joinedOn) {
}
