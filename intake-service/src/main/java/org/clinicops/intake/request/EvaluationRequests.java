package org.clinicops.intake.request;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface EvaluationRequests extends MongoRepository<EvaluationRequest, String> {

}
