package org.clinicops.scheduling.waitlist;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.clinicops.common.audit.Audited;
import org.clinicops.scheduling.enrollment.Enrollment;
import org.clinicops.scheduling.enrollment.WaitingList;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class WaitlistController {

	private final WaitingList waitlist;

	private final Clock clock;

	WaitlistController(WaitingList waitlist, Clock clock) {
		this.waitlist = waitlist;
		this.clock = clock;
	}

	/** Everyone waiting in admission order; positions count within each focus and track. */
	@Audited("waitlist")
	@GetMapping("/api/waitlist")
	List<WaitlistEntry> list() {
		return entries(this.waitlist.all(), this.clock.instant());
	}

	static List<WaitlistEntry> entries(List<Enrollment> inAdmissionOrder, Instant now) {
		Map<String, Integer> positions = new HashMap<>();
		List<WaitlistEntry> entries = new ArrayList<>();
		for (Enrollment enrollment : inAdmissionOrder) {
			int position = positions.merge(enrollment.primaryFocus() + "/" + enrollment.track(), 1, Integer::sum);
			entries.add(WaitlistEntry.of(position, enrollment, now));
		}
		return entries;
	}

}
