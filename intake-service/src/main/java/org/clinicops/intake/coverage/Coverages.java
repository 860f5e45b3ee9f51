package org.clinicops.intake.coverage;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface Coverages extends MongoRepository<Coverage, String> {

	List<Coverage> findByReviewUntilGreaterThanEqual(LocalDate date);

}
