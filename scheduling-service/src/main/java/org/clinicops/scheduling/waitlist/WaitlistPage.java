package org.clinicops.scheduling.waitlist;

import java.time.Clock;

import org.clinicops.common.audit.Audited;
import org.clinicops.scheduling.enrollment.WaitingList;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The waitlist in admission order, with priority, waiting time and deadlines. */
@Controller
class WaitlistPage {

	private final WaitingList waitlist;

	private final Clock clock;

	WaitlistPage(WaitingList waitlist, Clock clock) {
		this.waitlist = waitlist;
		this.clock = clock;
	}

	@Audited("waitlist")
	@GetMapping("/scheduling/waitlist")
	String waitlist(Model model) {
		model.addAttribute("entries", WaitlistController.entries(this.waitlist.all(), this.clock.instant()));
		return "scheduling/waitlist";
	}

}
