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
	 */
	@Query("{ 'focus': ?0, 'track': ?1, 'open': true, 'seatsLeft': { '$gt': 0 } }")
	List<Group> withSeatLeft(Focus focus, Track track);

}
