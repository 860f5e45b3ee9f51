package org.clinicops.scheduling.groups;

import java.time.LocalDate;

public record RosterEntry(String enrollmentId, String initials, LocalDate joinedOn, LocalDate leftOn) {

	static RosterEntry of(Membership membership) {
		return new RosterEntry(membership.enrollmentId(), membership.initials(), membership.joinedOn(),
				membership.leftOn());
	}

}
