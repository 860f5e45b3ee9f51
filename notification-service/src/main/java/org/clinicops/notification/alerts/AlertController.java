package org.clinicops.notification.alerts;

import java.util.List;

import org.clinicops.common.audit.Audited;
import org.clinicops.common.staff.StaffRoles;
import org.clinicops.common.web.ListPage;
import org.clinicops.contracts.AlertPriority;
import org.clinicops.contracts.StaffRole;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@RequestMapping("/api/alerts")
class AlertController {

	private final AlertService alerts;

	private final AlertStream stream;

	AlertController(AlertService alerts, AlertStream stream) {
		this.alerts = alerts;
		this.stream = stream;
	}

	@Audited("alert")
	@GetMapping
	ResponseEntity<List<AlertView>> list(@RequestParam(required = false) AlertStatus status,
			@RequestParam(required = false) StaffRole role, @RequestParam(required = false) AlertPriority priority,
			@RequestParam(required = false) String recipient, @RequestParam(required = false) String evaluationId,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String after) {
		ListPage page = ListPage.of(size, after);
		List<Alert> found = this.alerts.list(new AlertFilter(status, role, priority, recipient, evaluationId), page);
		return page.answer(found, Alert::createdAt, Alert::id, AlertView::of);
	}

	@Audited("alert")
	@PostMapping("/{id}/acknowledge")
	AlertView acknowledge(@PathVariable String id, Authentication staff) {
		return AlertView.of(this.alerts.acknowledge(id, staff.getName(), StaffRoles.of(staff)));
	}

	/** New and changed alerts for the caller's roles, as server-sent events. */
	@GetMapping("/stream")
	SseEmitter stream(Authentication staff) {
		return this.stream.subscribe(StaffRoles.of(staff));
	}

}
