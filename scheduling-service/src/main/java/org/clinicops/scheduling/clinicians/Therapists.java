package org.clinicops.scheduling.clinicians;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

public interface Therapists extends MongoRepository<Therapist, String> {

	/** The therapists named, without their clients: a therapist read here is never saved whole. */
	@Query(value = "{ '_id': { '$in': ?0 } }", fields = "{ 'clients': 0 }")
	List<Therapist> withoutClients(Collection<String> ids);

}
