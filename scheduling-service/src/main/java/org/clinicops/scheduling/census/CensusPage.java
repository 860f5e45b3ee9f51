package org.clinicops.scheduling.census;

import java.security.Principal;

import org.clinicops.common.audit.Audited;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The live census page: drawn in the browser from the census stream, so it changes without a reload. */
@Controller
class CensusPage {

	private final CensusService census;

	private final CensusFeed feed;

	CensusPage(CensusService census, CensusFeed feed) {
		this.census = census;
		this.feed = feed;
	}

	@Audited("census")
	@GetMapping("/scheduling/census")
	String page(Model model) {
		model.addAttribute("census", this.census.current());
		return "census/census";
	}

	@GetMapping("/scheduling/census/stream")
	SseEmitter stream(Principal staff) {
		return this.feed.subscribe(staff.getName());
	}

}
