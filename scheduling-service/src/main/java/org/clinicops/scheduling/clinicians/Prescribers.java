package org.clinicops.scheduling.clinicians;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface Prescribers extends MongoRepository<Prescriber, String> {
}
