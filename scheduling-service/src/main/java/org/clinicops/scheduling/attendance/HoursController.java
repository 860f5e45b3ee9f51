package org.clinicops.scheduling.attendance;

import jakarta.validation.constraints.Pattern;

import org.clinicops.common.audit.Audited;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class HoursController {

	private static final String ISO_WEEK = "\\d{4}-W(0[1-9]|[1-4][0-9]|5[0-3])";

	private final AttendedHours hours;

	HoursController(AttendedHours hours) {
		this.hours = hours;
	}

	@Audited("enrollment")
	@GetMapping("/api/enrollments/{id}/hours")
	AttendedHours.WeekHours week(@PathVariable String id,
			@RequestParam(required = false) @Pattern(regexp = ISO_WEEK, message = "must be an ISO week such as 2026-W50") String week) {
		return this.hours.of(id, week);
	}

}
