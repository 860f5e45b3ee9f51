package org.clinicops.scheduling.groups;

import org.clinicops.common.events.Cohort;
import org.clinicops.common.events.Focus;
import org.clinicops.common.events.Track;

/** What a person needs of a group. */
public record Placement(Focus focus, Cohort cohort, Track track) {
}
