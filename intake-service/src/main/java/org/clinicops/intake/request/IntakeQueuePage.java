package org.clinicops.intake.request;

import java.util.List;

import org.clinicops.common.audit.Audited;
import org.clinicops.common.web.ListPage;
import org.clinicops.contracts.Focus;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The intake team's queue: requests newest first, filtered by status and concern, a page at a time. */
@Controller
class IntakeQueuePage {

	private static final int PAGE_SIZE = 20;

	private final EvaluationRequestService requests;

	IntakeQueuePage(EvaluationRequestService requests) {
		this.requests = requests;
	}

	@Audited("evaluation-request")
	@GetMapping("/intake/queue")
	String queue(@RequestParam(required = false) EvaluationStatus status, @RequestParam(required = false) Focus concern,
			@RequestParam(required = false) String after, Model model) {
		ListPage page = ListPage.of(PAGE_SIZE, after);
		List<EvaluationRequest> found = this.requests.page(status, concern, page);
		model.addAttribute("requests", page.items(found));
		model.addAttribute("older", page.next(found, EvaluationRequest::receivedAt, EvaluationRequest::id).orElse(null));
		model.addAttribute("paged", after != null);
		model.addAttribute("status", status);
		model.addAttribute("concern", concern);
		model.addAttribute("statusChoices", EvaluationStatus.values());
		model.addAttribute("concernChoices", Focus.values());
		return "request/queue";
	}

}
