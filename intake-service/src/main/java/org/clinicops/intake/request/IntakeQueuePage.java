package org.clinicops.intake.request;

import org.clinicops.common.audit.Audited;
import org.clinicops.contracts.Focus;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The intake team's queue: requests newest first, filtered by status and concern, a page at a time. */
@Controller
class IntakeQueuePage {

	static final int PAGE_SIZE = 20;

	private final EvaluationRequestService requests;

	IntakeQueuePage(EvaluationRequestService requests) {
		this.requests = requests;
	}

	@Audited("evaluation-request")
	@GetMapping("/intake/queue")
	String queue(@RequestParam(required = false) EvaluationStatus status, @RequestParam(required = false) Focus concern,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Page<EvaluationRequest> shown = this.requests.list(status, concern, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("requests", shown.getContent());
		model.addAttribute("page", shown);
		model.addAttribute("status", status);
		model.addAttribute("concern", concern);
		model.addAttribute("statusChoices", EvaluationStatus.values());
		model.addAttribute("concernChoices", Focus.values());
		return "request/queue";
	}

}
