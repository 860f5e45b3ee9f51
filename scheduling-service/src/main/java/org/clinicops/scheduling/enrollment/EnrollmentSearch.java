package org.clinicops.scheduling.enrollment;

import java.util.List;

import org.clinicops.common.web.ListPage;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/** The enrollment list staff page through: those matching every filter given, accepted most recently first. */
@Component
class EnrollmentSearch {

	private final MongoTemplate mongo;

	EnrollmentSearch(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	List<Enrollment> page(EnrollmentStatus status, String groupId, String evaluationId, ListPage page) {
		Criteria criteria = new Criteria();
		if (status != null) {
			criteria.and("status").is(status);
		}
		if (groupId != null) {
			criteria.and("groupId").is(groupId);
		}
		if (evaluationId != null) {
			criteria.and("evaluationId").is(evaluationId);
		}
		return this.mongo.find(page.narrow(criteria, "acceptedAt"), Enrollment.class);
	}

}
