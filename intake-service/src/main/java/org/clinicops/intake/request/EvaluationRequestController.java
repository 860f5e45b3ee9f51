package org.clinicops.intake.request;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.clinicops.common.audit.Audited;
import org.clinicops.common.web.ListPage;
import org.clinicops.contracts.Focus;

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

	@Audited("evaluation-request")
	@GetMapping
	ResponseEntity<List<EvaluationRequestView>> list(@RequestParam(required = false) EvaluationStatus status,
			@RequestParam(required = false) Focus concern, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String after) {
		ListPage page = ListPage.of(size, after);
		return page.answer(this.service.page(status, concern, page), EvaluationRequest::receivedAt,
				EvaluationRequest::id, EvaluationRequestView::of);
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
