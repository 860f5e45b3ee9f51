package org.clinicops.scheduling.enrollment;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/enrollments")
class EnrollmentController {

	private final Enrollments enrollments;

	EnrollmentController(Enrollments enrollments) {
		this.enrollments = enrollments;
	}

	@GetMapping
	List<EnrollmentView> list(@RequestParam(required = false) String evaluationId,
			@RequestParam(required = false) EnrollmentStatus status) {
		Stream<Enrollment> found = (evaluationId != null)
				? this.enrollments.findByEvaluationId(evaluationId).stream()
				: (status != null) ? this.enrollments.findByStatus(status).stream() : this.enrollments.findAll().stream();
		return found.filter(enrollment -> status == null || enrollment.status() == status)
			.map(EnrollmentView::of)
			.toList();
	}

}
