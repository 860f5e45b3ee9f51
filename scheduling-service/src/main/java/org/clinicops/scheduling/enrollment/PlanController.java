package org.clinicops.scheduling.enrollment;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;

import jakarta.validation.constraints.Pattern;

import org.clinicops.common.audit.Audited;
import org.clinicops.scheduling.plans.PlanCalendar;
import org.clinicops.scheduling.plans.WeeklyPlan;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/enrollments/{id}")
class PlanController {

	private static final String ISO_WEEK = "\\d{4}-W(0[1-9]|[1-4][0-9]|5[0-3])";

	private final PlanService plans;

	private final PlanCalendar calendar;

	private final Clock clock;

	PlanController(PlanService plans, @Value("${clinic.scheduling.time-zone}") ZoneId clinicZone, Clock clock) {
		this.plans = plans;
		this.calendar = new PlanCalendar(clinicZone);
		this.clock = clock;
	}

	@Audited("plan")
	@GetMapping("/plan")
	WeeklyPlan plan(@PathVariable String id,
			@RequestParam(required = false) @Pattern(regexp = ISO_WEEK, message = "must be an ISO week such as 2026-W50") String week) {
		return this.plans.planOf(id, week);
	}

	@Audited("plan")
	@GetMapping("/plan.ics")
	ResponseEntity<String> calendar(@PathVariable String id,
			@RequestParam(required = false) @Pattern(regexp = ISO_WEEK, message = "must be an ISO week such as 2026-W50") String week) {
		WeeklyPlan plan = this.plans.planOf(id, week);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.header("Content-Disposition", "attachment; filename=\"plan-" + plan.week() + ".ics\"")
			.body(this.calendar.render(id, plan, this.clock.instant()));
	}

}
