package org.clinicops.scheduling.enrollment;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.clinicops.common.audit.Audited;
import org.clinicops.common.web.InvalidFieldException;
import org.clinicops.common.web.StateConflictException;
import org.clinicops.scheduling.plans.WeeklyPlanner;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Staff record the support meetings a person reports; the plan of that week shows them. */
@RestController
class SupportMeetingController {

	private final EnrollmentService enrollments;

	private final MongoTemplate mongo;

	private final Clock clock;

	private final ZoneId clinicZone;

	SupportMeetingController(EnrollmentService enrollments, MongoTemplate mongo, Clock clock,
			@Value("${clinic.scheduling.time-zone}") ZoneId clinicZone) {
		this.enrollments = enrollments;
		this.mongo = mongo;
		this.clock = clock;
		this.clinicZone = clinicZone;
	}

	record SupportMeeting(@NotNull LocalDate date, @NotNull SupportMeetingKind kind) {
	}

	@Audited("enrollment")
	@PostMapping("/api/enrollments/{id}/support-meetings")
	@ResponseStatus(HttpStatus.CREATED)
	SupportMeeting report(@PathVariable String id, @Valid @RequestBody SupportMeeting meeting, Principal staff) {
		Enrollment enrollment = this.enrollments.get(id);
		if (enrollment.status() != EnrollmentStatus.ACTIVE) {
			throw new StateConflictException("The enrollment is " + enrollment.status()
					+ "; only an ACTIVE enrollment records support meetings.");
		}
		if (meeting.date().isAfter(LocalDate.ofInstant(this.clock.instant(), this.clinicZone))) {
			throw new InvalidFieldException("date", "is in the future");
		}
		if (meeting.date().isBefore(enrollment.startDate())) {
			throw new InvalidFieldException("date", "is before the person's start date " + enrollment.startDate());
		}
		String week = SupportMeetingWeek.idFor(id, WeeklyPlanner.isoWeekOf(meeting.date()));
		this.mongo.upsert(Query.query(Criteria.where("_id").is(week)), new Update().push("meetings",
				new SupportMeetingWeek.Reported(meeting.date(), meeting.kind(), staff.getName(), this.clock.instant())),
				SupportMeetingWeek.class);
		return meeting;
	}

}
