package org.clinicops.scheduling.attendance;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.clinicops.common.audit.Audited;
import org.clinicops.common.web.InvalidFieldException;
import org.clinicops.common.web.StateConflictException;
import org.clinicops.contracts.AttendanceStatus;
import org.clinicops.contracts.ExcuseReason;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A clinician's day: its sessions, each with a sign-in sheet of the people expected (initials only),
 * one status per person and minutes when partial, saved in one submit. A refused sheet is shown
 * again with its errors and stores nothing.
 */
@Controller
class TodayPage {

	private final AttendanceTaking attendance;

	private final Clock clock;

	private final ZoneId clinicZone;

	TodayPage(AttendanceTaking attendance, Clock clock, @Value("${clinic.scheduling.time-zone}") ZoneId clinicZone) {
		this.attendance = attendance;
		this.clock = clock;
		this.clinicZone = clinicZone;
	}

	/** One row of a sign-in sheet as the page shows it. */
	record Row(String enrollmentId, String initials, AttendanceStatus current, Integer minutes) {
	}

	/** A session and its sheet as the page shows it. */
	record Sheet(ClinicSession session, List<Row> rows) {
	}

	@Audited("session")
	@GetMapping("/scheduling/today")
	String today(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Model model) {
		return render((date != null) ? date : LocalDate.ofInstant(this.clock.instant(), this.clinicZone), null, Map.of(),
				model);
	}

	@Audited("session")
	@PostMapping("/scheduling/sessions/{id}/attendance")
	String take(@PathVariable String id, @RequestParam Map<String, String> form, Principal staff, Model model,
			HttpServletResponse response) {
		ClinicSession session = this.attendance.session(id);
		List<AttendanceTaking.Given> records = new ArrayList<>();
		Map<String, String> errors = new LinkedHashMap<>();
		for (ClinicSession.Expected person : session.expected()) {
			String status = form.get("status-" + person.enrollmentId());
			if (status == null || status.isBlank()) {
				continue;
			}
			try {
				records.add(new AttendanceTaking.Given(person.enrollmentId(), AttendanceStatus.valueOf(status),
						number(form.get("minutes-" + person.enrollmentId())), null,
						reason(form.get("reason-" + person.enrollmentId())),
						blankToNull(form.get("correction-" + person.enrollmentId()))));
			}
			catch (IllegalArgumentException ex) {
				errors.put(person.enrollmentId(), "has a status, minutes or reason that is not one of the choices");
			}
		}
		if (errors.isEmpty() && records.isEmpty()) {
			errors.put(id, "no one was marked");
		}
		if (errors.isEmpty()) {
			try {
				this.attendance.take(id, records, staff.getName());
				return "redirect:/scheduling/today?date=" + session.start().toLocalDate();
			}
			catch (InvalidFieldException ex) {
				ex.errors().forEach(error -> errors.put(error.field(), error.message()));
			}
			catch (StateConflictException ex) {
				errors.put(id, ex.getMessage());
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return render(session.start().toLocalDate(), id, errors, model);
	}

	private String render(LocalDate date, String refusedSession, Map<String, String> errors, Model model) {
		List<Sheet> sheets = this.attendance.on(date)
			.stream()
			.map(session -> new Sheet(session, session.expected().stream().map(person -> {
				var current = this.attendance.current(session, person.enrollmentId());
				return new Row(person.enrollmentId(), person.initials(),
						current.map(AttendanceSheet.Entry::status).orElse(null),
						current.map(AttendanceSheet.Entry::minutesAttended).orElse(null));
			}).toList()))
			.toList();
		model.addAttribute("date", date);
		model.addAttribute("sheets", sheets);
		model.addAttribute("statuses", AttendanceStatus.values());
		model.addAttribute("reasons", ExcuseReason.values());
		model.addAttribute("refusedSession", refusedSession);
		model.addAttribute("errors", errors);
		return "scheduling/today";
	}

	private static Integer number(String text) {
		return (text == null || text.isBlank()) ? null : Integer.valueOf(text.strip());
	}

	private static ExcuseReason reason(String text) {
		return (text == null || text.isBlank()) ? null : ExcuseReason.valueOf(text);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

}
