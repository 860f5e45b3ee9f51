package org.clinicops.intake.coverage;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import jakarta.validation.Valid;
import org.clinicops.common.audit.Audited;
import org.clinicops.intake.request.EvaluationRequestService;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A request's coverage: benefits verification and authorizations, kept by the intake coordinators. */
@RestController
@RequestMapping("/api/evaluation-requests/{id}")
class CoverageController {

	private final CoverageService coverage;

	private final EvaluationRequestService requests;

	CoverageController(CoverageService coverage, EvaluationRequestService requests) {
		this.coverage = coverage;
		this.requests = requests;
	}

	@Audited("coverage")
	@GetMapping("/benefits")
	BenefitsView benefits(@PathVariable String id) {
		return benefitsOf(this.coverage.of(id));
	}

	@Audited("coverage")
	@PutMapping("/benefits")
	BenefitsView verify(@PathVariable String id, @Valid @RequestBody BenefitsForm form, Principal coordinator) {
		return benefitsOf(this.coverage.verify(id, form, coordinator.getName()));
	}

	@Audited("coverage")
	@GetMapping("/authorizations")
	List<AuthorizationView> authorizations(@PathVariable String id) {
		return AuthorizationView.of(this.coverage.of(id));
	}

	@Audited("coverage")
	@PostMapping("/authorizations")
	ResponseEntity<AuthorizationView> authorize(@PathVariable String id, @Valid @RequestBody AuthorizationForm form,
			Principal coordinator) {
		Authorization recorded = this.coverage.authorize(id, form, coordinator.getName());
		AuthorizationView view = AuthorizationView.of(this.coverage.of(id))
			.stream()
			.filter(authorization -> authorization.id().equals(recorded.id()))
			.findFirst()
			.orElseThrow();
		return ResponseEntity.created(URI.create("/api/evaluation-requests/" + id + "/authorizations")).body(view);
	}

	private BenefitsView benefitsOf(Coverage coverage) {
		return BenefitsView.of(coverage, this.requests.get(coverage.id()).paymentPlanInterest());
	}

}
