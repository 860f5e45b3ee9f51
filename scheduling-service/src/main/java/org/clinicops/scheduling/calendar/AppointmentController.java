package org.clinicops.scheduling.calendar;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.clinicops.common.audit.Audited;
import org.clinicops.contracts.AppointmentKind;
import org.clinicops.contracts.CancellationReason;
import org.clinicops.scheduling.clinicians.WorkingDay;
import org.clinicops.scheduling.plans.WeeklyPlanner;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AppointmentController {

	private static final String ISO_WEEK = "\\d{4}-W(0[1-9]|[1-4][0-9]|5[0-3])";

	private final AppointmentBook book;

	private final Clock clock;

	private final ZoneId clinicZone;

	AppointmentController(AppointmentBook book, Clock clock, @Value("${clinic.scheduling.time-zone}") ZoneId clinicZone) {
		this.book = book;
		this.clock = clock;
		this.clinicZone = clinicZone;
	}

	record Booking(@NotNull AppointmentKind kind, @NotBlank @Size(max = 64) String clinicianId,
			@NotNull LocalDateTime start, @NotNull Integer minutes) {
	}

	record Cancellation(@NotNull CancellationReason reason) {
	}

	record CalendarView(String clinicianId, String clinicianName, String week, List<WorkingDay> workingHours,
			List<AppointmentView> appointments) {
	}

	@Audited("enrollment")
	@PostMapping("/api/enrollments/{id}/appointments")
	ResponseEntity<AppointmentView> book(@PathVariable String id, @Valid @RequestBody Booking booking, Principal staff) {
		Appointment appointment = this.book.book(id, booking.kind(), booking.clinicianId(), booking.start(),
				booking.minutes(), staff.getName());
		return ResponseEntity.created(URI.create("/api/appointments/" + appointment.id()))
			.body(AppointmentView.of(appointment));
	}

	@Audited("enrollment")
	@GetMapping("/api/enrollments/{id}/appointments")
	List<AppointmentView> list(@PathVariable String id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		LocalDate first = (from != null) ? from : LocalDate.ofInstant(this.clock.instant(), this.clinicZone);
		LocalDate last = (to != null) ? to : first.plusDays(27);
		return this.book.of(id, first, last).stream().map(AppointmentView::of).toList();
	}

	@Audited("appointment")
	@PostMapping("/api/appointments/{id}/cancel")
	AppointmentView cancel(@PathVariable String id, @Valid @RequestBody Cancellation cancellation, Principal staff) {
		return AppointmentView.of(this.book.cancel(id, cancellation.reason(), staff.getName()));
	}

	@GetMapping("/api/clinicians/{id}/calendar")
	CalendarView calendar(@PathVariable String id,
			@RequestParam(required = false) @Pattern(regexp = ISO_WEEK, message = "must be an ISO week such as 2026-W50") String week) {
		LocalDate day = (week != null) ? WeeklyPlanner.mondayOf(week) : LocalDate.ofInstant(this.clock.instant(), this.clinicZone);
		AppointmentBook.ClinicianWeek calendar = this.book.calendarOf(id, day);
		return new CalendarView(calendar.clinician().id(), calendar.clinician().name(), calendar.week(),
				calendar.clinician().workingHours().days(), calendar.appointments().stream().map(AppointmentView::of).toList());
	}

}
