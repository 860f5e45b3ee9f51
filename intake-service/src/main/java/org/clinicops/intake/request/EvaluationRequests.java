package org.clinicops.intake.request;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface EvaluationRequests extends MongoRepository<EvaluationRequest, String> {

	List<EvaluationRequest> findByStatus(EvaluationStatus status, Sort sort);

}
