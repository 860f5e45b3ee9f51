package org.clinicops.scheduling.groups;

import java.util.List;

import org.clinicops.contracts.Focus;
import org.clinicops.contracts.Track;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

public interface Groups extends MongoRepository<Group, String> {

	/**
	 * The open groups of a focus and track with a seat left, the only ones a person can be given a
	 * seat in: the closed and the full ones, which add up over the years, are neither sent nor read.
	 * Without their holders and members, which choosing a group does not need and which every
	 * placement was sent for each group of its focus and track: a group read here is never saved
	 * whole, its seats change by conditional updates.
	 */
	@Query(value = "{ 'focus': ?0, 'track': ?1, 'open': true, 'seatsLeft': { '$gt': 0 } }",
			fields = "{ 'holders': 0, 'members': 0 }")
	List<Group> withSeatLeft(Focus focus, Track track);

}
