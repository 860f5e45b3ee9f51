package org.clinicops.scheduling.enrollment;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface Enrollments extends MongoRepository<Enrollment, String> {

	Optional<Enrollment> findByEvaluationId(String evaluationId);

}
