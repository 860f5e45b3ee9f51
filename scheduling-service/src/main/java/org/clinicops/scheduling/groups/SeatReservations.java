package org.clinicops.scheduling.groups;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Gives an enrollment a seat in the best matching group. A seat is taken by one conditional
 * update, only while one is left and only once per enrollment: two instances racing for the last
 * seat cannot both win, and a re-run for the same enrollment finds the seat it already holds.
 */
@Component
public class SeatReservations {

	private final MongoTemplate mongo;

	private final Groups groups;

	private final GroupMatcher matcher = new GroupMatcher();

	SeatReservations(MongoTemplate mongo, Groups groups) {
		this.mongo = mongo;
		this.groups = groups;
	}

	public Optional<Group> assign(String enrollmentId, String initials, Placement placement, LocalDate startDate) {
		Optional<Group> held = heldBy(enrollmentId);
		if (held.isPresent()) {
			return held;
		}
		Map<String, Group> byId = this.groups.findByFocusAndTrack(placement.focus(), placement.track())
			.stream()
			.collect(Collectors.toMap(Group::id, Function.identity()));
		List<GroupOption> ranked = this.matcher.rank(placement,
				byId.values().stream().map(group -> group.asOption(startDate)).toList());
		Membership membership = new Membership(enrollmentId, initials, startDate);
		for (GroupOption option : ranked) {
			if (reserve(option.id(), membership)) {
				return Optional.of(byId.get(option.id()));
			}
		}
		return Optional.empty();
	}

	private boolean reserve(String groupId, Membership membership) {
		Query free = Query.query(Criteria.where("_id").is(groupId)
			.and("seatsLeft").gt(0)
			.and("members.enrollmentId").ne(membership.enrollmentId()));
		Update take = new Update().inc("seatsLeft", -1).push("members", membership);
		return this.mongo.updateFirst(free, take, Group.class).getModifiedCount() == 1;
	}

	private Optional<Group> heldBy(String enrollmentId) {
		return Optional.ofNullable(
				this.mongo.findOne(Query.query(Criteria.where("members.enrollmentId").is(enrollmentId)), Group.class));
	}

}
