package org.clinicops.intake.request;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.clinicops.common.audit.Audited;
import org.clinicops.contracts.Focus;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/evaluation-requests")
class EvaluationRequestController {

	private final EvaluationRequestService service;

	EvaluationRequestController(EvaluationRequestService service) {
		this.service = service;
	}

	/** The public form: the only endpoint open without a login. */
	@Audited("evaluation-request")
	@PostMapping
	ResponseEntity<SubmissionReceipt> submit(@Valid @RequestBody EvaluationRequestForm form,
			@RequestHeader(name = "Idempotency-Key", required = false) @Size(min = 1, max = 200) String idempotencyKey) {
		EvaluationRequest request = this.service.submit(form, idempotencyKey);
		return ResponseEntity.created(URI.create("/api/evaluation-requests/" + request.id()))
			.body(SubmissionReceipt.of(request));
	}

	/** Newest first; {@code page} counts from 0, {@code size} is at most 200. */
	@Audited("evaluation-request")
	@GetMapping
	List<EvaluationRequestView> list(@RequestParam(required = false) EvaluationStatus status,
			@RequestParam(required = false) Focus concern, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		return this.service.list(status, concern, PageRequest.of(page, size))
			.map(EvaluationRequestView::of)
			.getContent();
	}

	/** The person withdraws before a decision; recorded by the staff member they told. */
	@Audited("evaluation-request")
	@PostMapping("/{id}/withdraw")
	EvaluationRequestView withdraw(@PathVariable String id, Principal staff) {
		return EvaluationRequestView.of(this.service.withdraw(id, staff.getName()));
	}

	/** The person no longer wants to be contacted; no patient message reaches them afterwards. */
	@Audited("evaluation-request")
	@PostMapping("/{id}/consent-withdrawal")
	EvaluationRequestView withdrawConsent(@PathVariable String id, Principal staff) {
		return EvaluationRequestView.of(this.service.withdrawConsent(id, staff.getName()));
	}

	@Audited("evaluation-request")
	@GetMapping("/{id}")
	EvaluationRequestView get(@PathVariable String id) {
		return EvaluationRequestView.of(this.service.get(id));
	}

}
