package org.clinicops.intake.request;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/evaluation-requests")
class EvaluationRequestController {

	private final EvaluationRequestService service;

	EvaluationRequestController(EvaluationRequestService service) {
		this.service = service;
	}

	/** The public form: the only endpoint open without a login. */
	@PostMapping
	ResponseEntity<SubmissionReceipt> submit(@Valid @RequestBody EvaluationRequestForm form,
			@RequestHeader(name = "Idempotency-Key", required = false) @Size(min = 1, max = 200) String idempotencyKey) {
		EvaluationRequest request = this.service.submit(form, idempotencyKey);
		return ResponseEntity.created(URI.create("/api/evaluation-requests/" + request.id()))
			.body(SubmissionReceipt.of(request));
	}

	@GetMapping
	List<EvaluationRequestView> list(@RequestParam(required = false) EvaluationStatus status) {
		return this.service.list(status).stream().map(EvaluationRequestView::of).toList();
	}

	@GetMapping("/{id}")
	EvaluationRequestView get(@PathVariable String id) {
		return EvaluationRequestView.of(this.service.get(id));
	}

}
