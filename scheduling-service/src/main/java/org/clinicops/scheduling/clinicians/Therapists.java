package org.clinicops.scheduling.clinicians;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface Therapists extends MongoRepository<Therapist, String> {

}
