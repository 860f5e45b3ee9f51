package org.clinicops.scheduling.seed;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;

import org.clinicops.scheduling.clinicians.Therapist;
import org.clinicops.scheduling.clinicians.Therapists;
import org.clinicops.scheduling.groups.Group;
import org.clinicops.scheduling.groups.Groups;
import org.clinicops.scheduling.groups.OpenGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Creates the groups and therapists of a seed file at start, when one is configured (the local
 * stack's demo program). Each has a fixed id and is created only if absent, so a restart neither
 * duplicates them nor undoes changes staff made.
 */
@Component
class ProgramSeedLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ProgramSeedLoader.class);

	private final String location;

	private final ResourceLoader resources;

	private final JsonMapper json;

	private final Groups groups;

	private final OpenGroups open;

	private final Therapists therapists;

	private final Clock clock;

	ProgramSeedLoader(@Value("${clinic.scheduling.seed}") String location, ResourceLoader resources, JsonMapper json,
			Groups groups, OpenGroups open, Therapists therapists, Clock clock) {
		this.location = location;
		this.resources = resources;
		this.json = json;
		this.groups = groups;
		this.open = open;
		this.therapists = therapists;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (this.location.isBlank()) {
			return;
		}
		ProgramSeed seed;
		try (InputStream in = this.resources.getResource(this.location).getInputStream()) {
			seed = this.json.readValue(in, ProgramSeed.class);
		}
		int created = 0;
		for (ProgramSeed.SeedGroup group : seed.groups()) {
			if (!this.groups.existsById(group.id())) {
				this.open.add(new Group(group.id(), group.name(), group.focus(), group.cohort(), group.track(),
						group.facilitator(), group.capacity(), group.meetings(), this.clock.instant()));
				created++;
			}
		}
		for (ProgramSeed.SeedTherapist therapist : seed.therapists()) {
			if (!this.therapists.existsById(therapist.id())) {
				this.therapists.insert(new Therapist(therapist.id(), therapist.name(), therapist.caseloadCapacity(),
						therapist.specialties()));
				created++;
			}
		}
		log.info("Program seed {}: {} groups and therapists created", this.location, created);
	}

}
