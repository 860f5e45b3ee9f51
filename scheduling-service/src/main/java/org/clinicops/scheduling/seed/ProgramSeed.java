package org.clinicops.scheduling.seed;

import java.util.List;
import java.util.Set;

import org.clinicops.contracts.Cohort;
import org.clinicops.contracts.Focus;
import org.clinicops.contracts.Track;
import org.clinicops.scheduling.groups.Meeting;

/** The groups and therapists a clinic starts with, as read from a seed file. */
record ProgramSeed(List<SeedGroup> groups, List<SeedTherapist> therapists) {

	record SeedGroup(String id, String name, Focus focus, Cohort cohort, Track track, String facilitator, int capacity,
			List<Meeting> meetings) {
	}

	record SeedTherapist(String id, String name, int caseloadCapacity, Set<Focus> specialties) {
	}

}
