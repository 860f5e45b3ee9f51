package org.clinicops.scheduling.census;

import java.security.Principal;

import org.clinicops.common.audit.Audited;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
class CensusController {

	private final CensusService census;

	private final CensusFeed feed;

	CensusController(CensusService census, CensusFeed feed) {
		this.census = census;
		this.feed = feed;
	}

	@Audited("census")
	@GetMapping("/api/census")
	Census census() {
		return this.census.current();
	}

	/** The census now and after every change, as server-sent events ({@code census}). */
	@GetMapping("/api/census/stream")
	SseEmitter stream(Principal staff) {
		return this.feed.subscribe(staff.getName());
	}

}
