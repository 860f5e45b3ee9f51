package org.clinicops.notification.alerts;

import java.util.Comparator;
import java.util.List;

import org.clinicops.common.audit.Audited;
import org.clinicops.common.staff.StaffRoles;
import org.clinicops.contracts.AlertPriority;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The staff alert inbox: the alerts of the logged-in member's roles, unacknowledged URGENT ones
 * first, updated live from the stream and acknowledged with one click.
 */
@Controller
class InboxPage {

	/** Open urgent alerts first, then open ones, then the rest; newest first within each. */
	static final Comparator<AlertView> INBOX_ORDER = Comparator
		.comparingInt((AlertView alert) -> (alert.status() == AlertStatus.OPEN)
				? (alert.priority() == AlertPriority.URGENT ? 0 : 1) : 2)
		.thenComparing(AlertView::createdAt, Comparator.reverseOrder());

	private static final int RECENT_ACKNOWLEDGED = 50;

	private final AlertService alerts;

	private final AlertStream stream;

	InboxPage(AlertService alerts, AlertStream stream) {
		this.alerts = alerts;
		this.stream = stream;
	}

	@Audited("alert")
	@GetMapping("/alerts")
	String inbox(Authentication staff, Model model) {
		List<AlertView> inbox = this.alerts.inbox(StaffRoles.of(staff), RECENT_ACKNOWLEDGED)
			.stream()
			.map(AlertView::of)
			.sorted(INBOX_ORDER)
			.toList();
		model.addAttribute("alerts", inbox);
		return "alerts/inbox";
	}

	@GetMapping("/alerts/stream")
	@ResponseBody
	SseEmitter stream(Authentication staff) {
		return this.stream.subscribe(StaffRoles.of(staff));
	}

	@Audited("alert")
	@PostMapping("/alerts/{id}/acknowledge")
	@ResponseBody
	AlertView acknowledge(@PathVariable String id, Authentication staff) {
		return AlertView.of(this.alerts.acknowledge(id, staff.getName(), StaffRoles.of(staff)));
	}

}
