package org.clinicops.notification.alerts;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.clinicops.common.events.AlertPriority;
import org.clinicops.common.events.StaffRole;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/alerts")
class AlertController {

	private final AlertService alerts;

	AlertController(AlertService alerts) {
		this.alerts = alerts;
	}

	@GetMapping
	List<AlertView> list(@RequestParam(required = false) AlertStatus status,
			@RequestParam(required = false) StaffRole role, @RequestParam(required = false) AlertPriority priority) {
		return this.alerts.list(status, role, priority).stream().map(AlertView::of).toList();
	}

	@PostMapping("/{id}/acknowledge")
	AlertView acknowledge(@PathVariable String id, Authentication staff) {
		Set<StaffRole> roles = staff.getAuthorities()
			.stream()
			.map(authority -> authority.getAuthority().replaceFirst("^ROLE_", ""))
			.flatMap(role -> Arrays.stream(StaffRole.values()).filter(known -> known.name().equals(role)))
			.collect(Collectors.toSet());
		return AlertView.of(this.alerts.acknowledge(id, staff.getName(), roles));
	}

}
