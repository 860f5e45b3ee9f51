package org.clinicops.scheduling.census;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.clinicops.contracts.Track;
import org.clinicops.scheduling.enrollment.Enrollment;
import org.clinicops.scheduling.enrollment.EnrollmentStatus;
import org.clinicops.scheduling.enrollment.WaitingList;
import org.clinicops.scheduling.enrollment.WeekAttendance;
import org.clinicops.scheduling.groups.Group;
import org.clinicops.scheduling.groups.OpenGroups;
import org.clinicops.scheduling.plans.WeeklyPlanner;
import org.clinicops.scheduling.waitlist.WaitlistEntry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Builds the census from scheduling's own records and the urgent alerts it has learned from events. */
@Service
public class CensusService {

	private final MongoTemplate mongo;

	private final WaitingList waitlist;

	private final OpenGroups open;

	private final Clock clock;

	private final WeekAttendance attended;

	private final ZoneId clinicZone;

	CensusService(MongoTemplate mongo, WaitingList waitlist, OpenGroups open, WeekAttendance attended, Clock clock,
			@Value("${clinic.scheduling.time-zone}") ZoneId clinicZone) {
		this.attended = attended;
		this.clinicZone = clinicZone;
		this.mongo = mongo;
		this.waitlist = waitlist;
		this.open = open;
		this.clock = clock;
	}

	public Census current() {
		Instant now = this.clock.instant();
		List<Group> openGroups = this.open.all();
		// The people in care hold the open groups' seats; read by id, since a search by status is
		// answered by the MongoDB-wire server by reading every enrollment ever stored. A holder whose
		// enrollment is not active (a placement or a discharge under way) is left out by its status.
		List<String> holders = openGroups.stream().flatMap(group -> group.holders().stream()).toList();
		Query active = Query.query(Criteria.where("_id").in(holders).and("status").is(EnrollmentStatus.ACTIVE));
		active.fields().include("track", "primaryFocus", "adolescent", "startDate");
		Map<String, Census.ActiveCount> counts = new TreeMap<>();
		List<Enrollment> activeEnrollments = this.mongo.find(active, Enrollment.class);
		for (Enrollment enrollment : activeEnrollments) {
			counts.merge(enrollment.track() + "/" + enrollment.primaryFocus(),
					new Census.ActiveCount(enrollment.track(), enrollment.primaryFocus(), 1),
					(one, other) -> new Census.ActiveCount(one.track(), one.focus(), one.active() + other.active()));
		}
		List<Census.GroupLoad> groups = openGroups.stream()
			.map(group -> new Census.GroupLoad(group.id(), group.name(), group.track(), group.focus(), group.capacity(),
					group.seatsTaken()))
			.toList();
		List<Enrollment> waiting = this.waitlist.all();
		List<WaitlistEntry> entries = new ArrayList<>();
		for (int position = 0; position < waiting.size(); position++) {
			entries.add(WaitlistEntry.of(position + 1, waiting.get(position), now));
		}
		List<OpenUrgentAlert> alerts = this.mongo.findAll(OpenUrgentAlert.class)
			.stream()
			.sorted(Comparator.comparing(OpenUrgentAlert::raisedAt))
			.toList();
		LocalDate lastSunday = LocalDate.ofInstant(now, this.clinicZone).with(TemporalAdjusters.previous(DayOfWeek.SUNDAY));
		String lastWeek = WeeklyPlanner.isoWeekOf(lastSunday);
		Map<Track, Long> under = new EnumMap<>(Track.class);
		for (Track track : Track.values()) {
			under.put(track, 0L);
		}
		for (Enrollment enrollment : activeEnrollments) {
			BigDecimal minimum = WeeklyPlanner.minimumHours(enrollment.adolescent());
			if (!enrollment.startDate().isAfter(lastSunday)
					&& this.attended.attendedHours(enrollment.id(), lastWeek).compareTo(minimum) < 0) {
				under.merge(enrollment.track(), 1L, Long::sum);
			}
		}
		return new Census(now, activeEnrollments.size(), List.copyOf(counts.values()), groups, entries, alerts, lastWeek,
				under.entrySet().stream().map(entry -> new Census.UnderMinimum(entry.getKey(), entry.getValue())).toList());
	}

}
