package org.clinicops.intake.review;

import java.security.Principal;

import jakarta.validation.Valid;
import org.clinicops.common.audit.Audited;
import org.clinicops.intake.request.EvaluationRequestView;
import org.clinicops.intake.screening.DecisionForm;
import org.clinicops.intake.screening.Screening;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Only a clinician screens and decides. */
@RestController
@RequestMapping("/api/evaluation-requests/{id}")
class ScreeningController {

	private final ClinicalReview review;

	ScreeningController(ClinicalReview review) {
		this.review = review;
	}

	@Audited("evaluation-request")
	@PostMapping("/screening")
	EvaluationRequestView screen(@PathVariable String id, @Valid @RequestBody Screening screening, Principal clinician) {
		return EvaluationRequestView.of(this.review.screen(id, screening, clinician.getName()));
	}

	@Audited("evaluation-request")
	@PostMapping("/decision")
	EvaluationRequestView decide(@PathVariable String id, @Valid @RequestBody DecisionForm decision,
			Principal clinician) {
		return EvaluationRequestView.of(this.review.decide(id, decision, clinician.getName()));
	}

}
