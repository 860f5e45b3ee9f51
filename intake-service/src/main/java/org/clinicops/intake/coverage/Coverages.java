package org.clinicops.intake.coverage;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface Coverages extends MongoRepository<Coverage, String> {

	/** Everyone under review on the date; a search of all coverage, made once at start. */
	List<Coverage> findByReviewUntilGreaterThanEqual(LocalDate date);

	List<Coverage> findByIdInAndReviewUntilGreaterThanEqual(Collection<String> ids, LocalDate date);

}
