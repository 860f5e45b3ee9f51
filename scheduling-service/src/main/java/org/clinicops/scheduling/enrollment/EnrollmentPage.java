package org.clinicops.scheduling.enrollment;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.clinicops.common.audit.Audited;
import org.clinicops.common.web.InvalidFieldException;
import org.clinicops.common.web.StateConflictException;
import org.clinicops.contracts.DischargeReason;
import org.clinicops.scheduling.groups.GroupMatcher;
import org.clinicops.scheduling.groups.GroupView;
import org.clinicops.scheduling.groups.OpenGroups;
import org.clinicops.scheduling.plans.WeeklyPlan;
import org.clinicops.scheduling.plans.WeeklyPlanner;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An enrollment's page: who, where, the weekly calendar of one week, and the scheduler's
 * discharge and transfer. A refused change is shown on the page and changes nothing.
 */
@Controller
class EnrollmentPage {

	private final EnrollmentService enrollments;

	private final PlanService plans;

	private final OpenGroups open;

	private final Clock clock;

	private final GroupMatcher matcher = new GroupMatcher();

	private final WeekAttendance attended;

	EnrollmentPage(EnrollmentService enrollments, PlanService plans, OpenGroups open, WeekAttendance attended,
			Clock clock) {
		this.attended = attended;
		this.enrollments = enrollments;
		this.plans = plans;
		this.open = open;
		this.clock = clock;
	}

	@Audited("enrollment")
	@GetMapping("/scheduling/enrollments/{id}")
	String show(@PathVariable String id, @RequestParam(required = false) String week, Model model) {
		return render(this.enrollments.get(id), week, null, model);
	}

	@Audited("enrollment")
	@PostMapping("/scheduling/enrollments/{id}/discharge")
	String discharge(@PathVariable String id, @RequestParam DischargeReason reason, Model model,
			HttpServletResponse response) {
		try {
			this.enrollments.discharge(id, reason);
		}
		catch (StateConflictException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return render(this.enrollments.get(id), null, ex.getMessage(), model);
		}
		return "redirect:/scheduling/enrollments/" + id;
	}

	@Audited("enrollment")
	@PostMapping("/scheduling/enrollments/{id}/transfer")
	String transfer(@PathVariable String id, @RequestParam String groupId, Model model,
			HttpServletResponse response) {
		try {
			this.enrollments.transfer(id, groupId);
		}
		catch (StateConflictException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return render(this.enrollments.get(id), null, ex.getMessage(), model);
		}
		catch (InvalidFieldException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return render(this.enrollments.get(id), null, ex.getMessage(), model);
		}
		return "redirect:/scheduling/enrollments/" + id;
	}

	private String render(Enrollment enrollment, String week, String refusal, Model model) {
		boolean active = enrollment.status() == EnrollmentStatus.ACTIVE;
		String shownWeek = (week != null && week.matches("\\d{4}-W\\d{2}")) ? week : WeeklyPlanner.isoWeekOf(
				LocalDate.now(this.clock).isBefore(enrollment.startDate()) ? enrollment.startDate()
						: LocalDate.now(this.clock).with(DayOfWeek.MONDAY));
		LocalDate monday = WeeklyPlanner.mondayOf(shownWeek);
		model.addAttribute("enrollment", enrollment);
		WeeklyPlan plan = active ? this.plans.planOf(enrollment.id(), shownWeek) : null;
		model.addAttribute("plan", plan);
		model.addAttribute("attendedHours", (plan != null) ? this.attended.attendedHours(enrollment.id(), plan.week()) : null);
		model.addAttribute("attendance", (plan != null) ? this.attended.sessions(enrollment.id(), plan.week()) : List.of());
		model.addAttribute("previousWeek", WeeklyPlanner.isoWeekOf(monday.minusWeeks(1)));
		model.addAttribute("nextWeek", WeeklyPlanner.isoWeekOf(monday.plusWeeks(1)));
		model.addAttribute("dischargeReasons", DischargeReason.values());
		model.addAttribute("transferTargets", active ? transferTargets(enrollment) : List.of());
		model.addAttribute("refusal", refusal);
		return "scheduling/enrollment";
	}

	private List<GroupView> transferTargets(Enrollment enrollment) {
		LocalDate today = LocalDate.now(this.clock);
		return this.open.withSeatLeft(enrollment.primaryFocus(), enrollment.track())
			.stream()
			.filter(group -> !group.id().equals(enrollment.groupId()))
			.filter(group -> this.matcher.accepts(enrollment.placement(), group.asOption(today)))
			.map(GroupView::of)
			.toList();
	}

}
