package org.clinicops.scheduling.groups;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

/** The groups; the open ones are found through {@link OpenGroups}, which names them by id. */
public interface Groups extends MongoRepository<Group, String> {

	/**
	 * Those of the groups named that are open and have a seat left. Without their holders and
	 * members, which choosing a group does not need and which every placement was sent for each
	 * group of its focus and track: a group read here is never saved whole, its seats change by
	 * conditional updates.
	 */
	@Query(value = "{ '_id': { '$in': ?0 }, 'open': true, 'seatsLeft': { '$gt': 0 } }",
			fields = "{ 'holders': 0, 'members': 0 }")
	List<Group> withSeatLeft(Collection<String> ids);

	/** The groups named, with their meetings only: what booking a person's time around them needs. */
	@Query(value = "{ '_id': { '$in': ?0 } }", fields = "{ 'meetings': 1 }")
	List<Group> meetingsOf(Collection<String> ids);

	/** Those of the groups named that are open. */
	@Query("{ '_id': { '$in': ?0 }, 'open': true }")
	List<Group> openAmong(Collection<String> ids);

}
