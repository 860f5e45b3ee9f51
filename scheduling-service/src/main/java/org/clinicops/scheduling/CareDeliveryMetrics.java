package org.clinicops.scheduling;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.clinicops.contracts.AppointmentKind;
import org.clinicops.contracts.AttendanceStatus;
import org.clinicops.contracts.ClinicalSessionKind;

import org.springframework.stereotype.Component;

/**
 * Care delivery as counters, by codes only: attendance records by status and session kind, weeks
 * closed out of the hour range by direction, appointments found no time for by kind, and bookings
 * refused because someone was busy. Every series exists from the start at zero.
 */
@Component
public class CareDeliveryMetrics {

	/** Who was busy when a booking was refused. */
	public enum Busy {

		CLINICIAN, PERSON

	}

	private final MeterRegistry registry;

	CareDeliveryMetrics(MeterRegistry registry) {
		this.registry = registry;
		for (AttendanceStatus status : AttendanceStatus.values()) {
			for (ClinicalSessionKind kind : ClinicalSessionKind.values()) {
				attendance(status, kind);
			}
		}
		weekOutOfRange(true);
		weekOutOfRange(false);
		for (AppointmentKind kind : AppointmentKind.values()) {
			unplaceable(kind);
		}
		for (Busy busy : Busy.values()) {
			refused(busy);
		}
	}

	public void attendanceRecorded(AttendanceStatus status, ClinicalSessionKind kind) {
		attendance(status, kind).increment();
	}

	public void weekClosedOutOfRange(boolean underMinimum) {
		weekOutOfRange(underMinimum).increment();
	}

	public void appointmentUnplaceable(AppointmentKind kind) {
		unplaceable(kind).increment();
	}

	public void bookingRefused(Busy busy) {
		refused(busy).increment();
	}

	private Counter attendance(AttendanceStatus status, ClinicalSessionKind kind) {
		return Counter.builder("clinic.attendance.records")
			.description("Attendance records taken or corrected")
			.tag("status", status.name())
			.tag("kind", kind.name())
			.register(this.registry);
	}

	private Counter weekOutOfRange(boolean underMinimum) {
		return Counter.builder("clinic.hours.weeks.out.of.range")
			.description("Closed weeks whose attended hours lie outside the IOP range")
			.tag("direction", underMinimum ? "UNDER" : "OVER")
			.register(this.registry);
	}

	private Counter unplaceable(AppointmentKind kind) {
		return Counter.builder("clinic.appointments.unplaceable")
			.description("Appointments a plan needs that found no free time")
			.tag("kind", kind.name())
			.register(this.registry);
	}

	private Counter refused(Busy busy) {
		return Counter.builder("clinic.appointments.refused.busy")
			.description("Bookings refused because the clinician or the person was busy")
			.tag("busy", busy.name())
			.register(this.registry);
	}

}
