package org.clinicops.scheduling.groups;

import java.util.List;

import org.clinicops.contracts.Focus;
import org.clinicops.contracts.Track;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The ids of the open groups of one focus and track ({@link OpenGroups}). It may name a group that
 * has since closed or was never stored, never miss an open one: a group is listed before it is
 * stored and left out only after it closed.
 */
@Document("open_groups")
public record OpenGroupList(@Id String id, List<String> groups) {

	public static String idOf(Focus focus, Track track) {
		return focus + "/" + track;
	}

}
