package org.clinicops.scheduling.groups;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.clinicops.common.web.FieldError;
import org.clinicops.common.web.InvalidFieldException;
import org.clinicops.common.web.RecordNotFoundException;
import org.clinicops.common.web.StateConflictException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Creates, changes and closes groups. A change never writes a whole group back: capacity moves by
 * a compare-and-set on the seat counters, so that it cannot undo a seat taken meanwhile.
 */
@Service
public class GroupService {

	private static final int CHANGE_ATTEMPTS = 5;

	private final Groups groups;

	private final Memberships memberships;

	private final MongoTemplate mongo;

	private final GroupRules rules;

	private final ApplicationEventPublisher events;

	private final OpenGroups open;

	private final Clock clock;

	GroupService(Groups groups, Memberships memberships, MongoTemplate mongo, TrackHours hours,
			ApplicationEventPublisher events, OpenGroups open, Clock clock) {
		this.groups = groups;
		this.open = open;
		this.clock = clock;
		this.memberships = memberships;
		this.mongo = mongo;
		this.rules = new GroupRules(hours);
		this.events = events;
	}

	public Group create(GroupForm form) {
		requireValid(this.rules.check(form.track(), form.meetings()));
		Group group = this.open.add(new Group(UUID.randomUUID().toString(), form.name().strip(), form.focus(),
				form.cohort(), form.track(), form.facilitator().strip(), form.capacityOrDefault(), form.meetings(),
				this.clock.instant()));
		this.events.publishEvent(new SeatsFreed(group.id()));
		return group;
	}

	public Group get(String id) {
		return this.groups.findById(id).orElseThrow(() -> new RecordNotFoundException("group", id));
	}

	/** The meetings of each of these groups that exists, by the group's id, read at once. */
	public Map<String, List<Meeting>> meetingsOf(Collection<String> ids) {
		return this.groups.meetingsOf(ids).stream().collect(Collectors.toMap(Group::id, Group::meetings));
	}

	public Group change(String id, GroupChange change) {
		Group group = get(id);
		requireValid(this.rules.check(group.track(), change.meetings()));
		for (int attempt = 0; attempt < CHANGE_ATTEMPTS; attempt++) {
			int taken = group.seatsTaken();
			if (change.capacity() < taken) {
				throw new StateConflictException("The group has " + taken + " members; its capacity cannot be lowered below "
						+ taken + ". Transfer or discharge members first.");
			}
			Query unchanged = Query.query(Criteria.where("_id").is(id)
				.and("capacity").is(group.capacity())
				.and("seatsLeft").is(group.seatsLeft()));
			Update update = new Update().set("name", change.name().strip())
				.set("facilitator", change.facilitator().strip())
				.set("meetings", change.meetings())
				.set("capacity", change.capacity())
				.set("seatsLeft", change.capacity() - taken);
			if (this.mongo.updateFirst(unchanged, update, Group.class).getModifiedCount() == 1) {
				if (change.capacity() > group.capacity()) {
					this.events.publishEvent(new SeatsFreed(id));
				}
				return get(id);
			}
			group = get(id);
		}
		throw new StateConflictException("The group's seats kept changing while it was being changed; try again.");
	}

	/** A group closes once nobody is in it; it then takes no one. */
	public Group close(String id) {
		Group group = get(id);
		if (!group.isOpen()) {
			// A close a crash interrupted after the group closed is completed.
			this.open.closed(group);
			return group;
		}
		Query empty = Query.query(Criteria.where("_id").is(id).and("holders.0").exists(false));
		if (this.mongo.updateFirst(empty, new Update().set("open", false), Group.class).getModifiedCount() == 0) {
			throw new StateConflictException("The group has " + get(id).seatsTaken()
					+ " members; transfer or discharge them before closing it.");
		}
		this.open.closed(group);
		return get(id);
	}

	/** Who is in the group on the given day. */
	public List<Membership> roster(String id, LocalDate date) {
		return roster(get(id), date);
	}

	/**
	 * Who is in the group on the given day: of its open memberships and those that ended in that
	 * day's month, the ones valid that day. Read by id, so a roster costs the same after years of
	 * members as in the first week.
	 */
	public List<Membership> roster(Group group, LocalDate date) {
		Set<String> ids = new LinkedHashSet<>(group.members());
		RosterMonth ended = this.mongo.findById(RosterMonth.idOf(group.id(), YearMonth.from(date)), RosterMonth.class);
		if (ended != null) {
			ids.addAll(ended.memberships());
		}
		return membershipsOf(ids).filter(member -> member.validOn(date)).toList();
	}

	/** Who holds a seat in the group but joins after the given day. */
	public List<Membership> joiningAfter(Group group, LocalDate date) {
		return membershipsOf(group.members())
			.filter(member -> member.joinedOn().isAfter(date) && member.leftOn() == null)
			.toList();
	}

	private Stream<Membership> membershipsOf(Collection<String> ids) {
		return this.memberships.findAllById(ids).stream().sorted(Comparator.comparing(Membership::joinedOn));
	}

	private static void requireValid(List<FieldError> errors) {
		if (!errors.isEmpty()) {
			throw new InvalidFieldException(errors);
		}
	}

}
