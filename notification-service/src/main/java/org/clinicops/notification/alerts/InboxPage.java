package org.clinicops.notification.alerts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.clinicops.common.audit.Audited;
import org.clinicops.common.staff.StaffRoles;
import org.clinicops.common.web.ListPage;
import org.clinicops.contracts.AlertPriority;
import org.clinicops.contracts.StaffRole;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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

	/**
	 * A page of the open alerts (newest first, the page's urgent ones on top) with a link to the
	 * older ones; the first page also shows the alerts acknowledged most recently.
	 */
	@Audited("alert")
	@GetMapping("/alerts")
	String inbox(Authentication staff, @RequestParam(required = false) String after, Model model) {
		ListPage page = ListPage.of(null, after);
		Set<StaffRole> roles = StaffRoles.of(staff);
		List<Alert> open = this.alerts.openFor(roles, page);
		List<Alert> shown = new ArrayList<>(page.items(open));
		if (after == null) {
			shown.addAll(this.alerts.recentlyAcknowledged(roles, RECENT_ACKNOWLEDGED));
		}
		model.addAttribute("alerts", shown.stream().map(AlertView::of).sorted(INBOX_ORDER).toList());
		model.addAttribute("older", page.next(open, Alert::createdAt, Alert::id).orElse(null));
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
