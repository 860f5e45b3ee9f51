package org.clinicops.scheduling.groups;

import org.clinicops.contracts.Cohort;
import org.clinicops.contracts.Focus;
import org.clinicops.contracts.Track;

/** What a person needs of a group. */
public record Placement(Focus focus, Cohort cohort, Track track) {
}
