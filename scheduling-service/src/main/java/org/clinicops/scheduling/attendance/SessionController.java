package org.clinicops.scheduling.attendance;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.clinicops.common.audit.Audited;
import org.clinicops.contracts.AttendanceMode;
import org.clinicops.contracts.AttendanceStatus;
import org.clinicops.contracts.ClinicalSessionKind;
import org.clinicops.contracts.ExcuseReason;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SessionController {

	private final AttendanceTaking attendance;

	private final Clock clock;

	private final ZoneId clinicZone;

	SessionController(AttendanceTaking attendance, Clock clock, @Value("${clinic.scheduling.time-zone}") ZoneId clinicZone) {
		this.attendance = attendance;
		this.clock = clock;
		this.clinicZone = clinicZone;
	}

	record Record(@NotBlank @Size(max = 64) String enrollmentId, @NotNull AttendanceStatus status,
			Integer minutesAttended, AttendanceMode mode, ExcuseReason reasonCode,
			@Size(max = 500) String correctionReason) {
	}

	record SignInSheet(@NotEmpty @Size(max = 60) List<@NotNull @Valid Record> records) {
	}

	record ExpectedView(String enrollmentId, String initials, AttendanceStatus attendance, Integer minutesAttended) {
	}

	record SessionView(String id, ClinicalSessionKind kind, String groupId, String appointmentId, LocalDateTime start,
			int minutes, List<ExpectedView> expected) {
	}

	@Audited("session")
	@GetMapping("/api/sessions")
	List<SessionView> day(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		LocalDate day = (date != null) ? date : LocalDate.ofInstant(this.clock.instant(), this.clinicZone);
		return this.attendance.on(day).stream().map(this::view).toList();
	}

	@Audited("session")
	@PostMapping("/api/sessions/{id}/attendance")
	SessionView take(@PathVariable String id, @Valid @RequestBody SignInSheet sheet, Principal staff) {
		return view(this.attendance.take(id, sheet.records()
			.stream()
			.map(line -> new AttendanceTaking.Given(line.enrollmentId(), line.status(), line.minutesAttended(), line.mode(),
					line.reasonCode(), line.correctionReason()))
			.toList(), staff.getName()));
	}

	private SessionView view(ClinicSession session) {
		return new SessionView(session.id(), session.kind(), session.groupId(), session.appointmentId(), session.start(),
				session.minutes(), session.expected().stream().map(person -> {
					var current = this.attendance.current(session, person.enrollmentId());
					return new ExpectedView(person.enrollmentId(), person.initials(),
							current.map(AttendanceSheet.Entry::status).orElse(null),
							current.map(AttendanceSheet.Entry::minutesAttended).orElse(null));
				}).toList());
	}

}
