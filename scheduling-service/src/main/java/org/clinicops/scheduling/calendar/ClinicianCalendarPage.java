package org.clinicops.scheduling.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.clinicops.common.audit.Audited;
import org.clinicops.scheduling.plans.WeeklyPlanner;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A clinician's week: their working hours and the appointments booked, by day. */
@Controller
class ClinicianCalendarPage {

	private final AppointmentBook book;

	private final Clock clock;

	private final ZoneId clinicZone;

	ClinicianCalendarPage(AppointmentBook book, Clock clock, @Value("${clinic.scheduling.time-zone}") ZoneId clinicZone) {
		this.book = book;
		this.clock = clock;
		this.clinicZone = clinicZone;
	}

	@Audited("clinician-calendar")
	@GetMapping("/scheduling/clinicians/{id}/calendar")
	String week(@PathVariable String id, @RequestParam(required = false) String week, Model model) {
		LocalDate day = (week != null && week.matches("\\d{4}-W\\d{2}")) ? WeeklyPlanner.mondayOf(week)
				: LocalDate.ofInstant(this.clock.instant(), this.clinicZone);
		AppointmentBook.ClinicianWeek calendar = this.book.calendarOf(id, day);
		LocalDate monday = WeeklyPlanner.mondayOf(calendar.week());
		model.addAttribute("calendar", calendar);
		model.addAttribute("previousWeek", WeeklyPlanner.isoWeekOf(monday.minusWeeks(1)));
		model.addAttribute("nextWeek", WeeklyPlanner.isoWeekOf(monday.plusWeeks(1)));
		return "scheduling/clinician-calendar";
	}

}
