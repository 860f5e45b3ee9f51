package org.clinicops.intake.coverage;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.clinicops.common.audit.Audited;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The coordinators' and the director's worklist of authorizations, most urgent first. */
@Controller
class UtilizationReviewPage {

	private final CoverageService coverage;

	private final Clock clock;

	UtilizationReviewPage(CoverageService coverage, Clock clock) {
		this.coverage = coverage;
		this.clock = clock;
	}

	@Audited("coverage")
	@GetMapping("/intake/utilization-review")
	String show(Model model) {
		LocalDate today = this.coverage.today();
		List<Coverage> listed = this.coverage.underReview();
		model.addAttribute("today", today);
		model.addAttribute("items", ReviewItem.of(listed,
				listed.stream().map(coverage -> coverage.needingAttention(today, this.clock.instant())).toList()));
		return "coverage/utilization-review";
	}

}
