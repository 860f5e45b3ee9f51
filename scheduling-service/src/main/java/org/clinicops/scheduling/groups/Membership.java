package org.clinicops.scheduling.groups;

import java.time.LocalDate;

import org.clinicops.common.ids.DerivedIds;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person's place in a group from the day they join until the day they leave (IOP groups are
 * open and rolling). A roster on a date is the memberships valid that day, never a copied list.
 * Its id is derived from who joined which group when, so writing it again changes nothing.
 */
@Document("memberships")
@CompoundIndex(name = "roster", def = "{'groupId': 1, 'joinedOn': 1}")
public record Membership(@Id String id, String groupId, @Indexed String enrollmentId, String initials,
		LocalDate joinedOn, LocalDate leftOn) {

	public static Membership joining(String groupId, String enrollmentId, String initials, LocalDate joinedOn) {
		return new Membership(idOf(groupId, enrollmentId, joinedOn), groupId, enrollmentId, initials, joinedOn, null);
	}

	static String idOf(String groupId, String enrollmentId, LocalDate joinedOn) {
		return DerivedIds.of(enrollmentId, groupId, joinedOn);
	}

	public boolean validOn(LocalDate date) {
		return !this.joinedOn.isAfter(date) && (this.leftOn == null || this.leftOn.isAfter(date));
	}

}
