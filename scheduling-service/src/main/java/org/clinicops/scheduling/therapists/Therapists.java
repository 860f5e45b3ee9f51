package org.clinicops.scheduling.therapists;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface Therapists extends MongoRepository<Therapist, String> {

}
