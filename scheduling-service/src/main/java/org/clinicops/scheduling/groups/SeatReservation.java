package org.clinicops.scheduling.groups;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.clinicops.common.outbox.OutboxEvent;
import org.clinicops.common.outbox.OutboxPending;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.GroupFull;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Takes and frees seats. A seat is taken by one conditional update, only while one is left and
 * only once per enrollment: two instances racing for the last seat cannot both win, and the update
 * that takes the last seat also stores the group-full event. The dated membership is written
 * after the seat, under an id derived from it, so a re-run completes it rather than doubling it.
 */
@Component
public class SeatReservation {

	private final MongoTemplate mongo;

	private final OpenGroups open;

	private final Memberships memberships;

	private final Clock clock;

	private final OutboxPending pending;

	private final RosterHistory history;

	private final GroupMatcher matcher = new GroupMatcher();

	SeatReservation(MongoTemplate mongo, OpenGroups open, Memberships memberships, Clock clock, OutboxPending pending,
			RosterHistory history) {
		this.mongo = mongo;
		this.history = history;
		this.open = open;
		this.memberships = memberships;
		this.clock = clock;
		this.pending = pending;
	}

	/** A search of the open groups for one placement, or for a run of them that reads them once. */
	public SeatSearch search() {
		return new SeatSearch(this.open);
	}

	/**
	 * A seat in the best matching group with one left, among those the search has. {@code mayHoldOne}
	 * says the request may be a re-run after a crash, so a seat it already took is looked for first.
	 */
	public Optional<Group> assign(SeatRequest request, boolean mayHoldOne, SeatSearch search) {
		if (mayHoldOne) {
			Optional<Group> held = heldBy(request.enrollmentId());
			if (held.isPresent()) {
				this.memberships.save(Membership.joining(held.get().id(), request.enrollmentId(), request.initials(),
						request.startDate()));
				return held;
			}
		}
		Map<String, Group> byId = search.withSeatLeft(request.placement().focus(), request.placement().track())
			.stream()
			.collect(Collectors.toMap(Group::id, Function.identity()));
		List<GroupOption> ranked = this.matcher.rank(request.placement(),
				byId.values().stream().map(group -> search.optionOf(group, request.startDate())).toList());
		for (GroupOption option : ranked) {
			Group group = byId.get(option.id());
			if (reserveIn(group, request)) {
				search.took(group);
				return Optional.of(group);
			}
			search.full(group);
		}
		return Optional.empty();
	}

	/** Takes a seat in this group if one is left; the caller has checked that the group matches. */
	public boolean reserveIn(Group group, SeatRequest request) {
		boolean taken = take(group, request, Criteria.where("seatsLeft").gt(1), new Update())
				|| takeLast(group, request);
		if (taken) {
			this.memberships.save(Membership.joining(group.id(), request.enrollmentId(), request.initials(),
					request.startDate()));
		}
		return taken;
	}

	/** The last seat comes with the group-full event, so the document is then marked as holding one. */
	private boolean takeLast(Group group, SeatRequest request) {
		boolean taken = take(group, request, Criteria.where("seatsLeft").is(1), new Update().push("outbox",
				OutboxEvent.of(EventTypes.GROUP_FULL, groupFull(group, request), request.correlationId())));
		if (taken) {
			this.pending.mark(this.mongo.getCollectionName(Group.class), group.id());
		}
		return taken;
	}

	private boolean take(Group group, SeatRequest request, Criteria seats, Update update) {
		Query free = Query.query(Criteria.where("_id").is(group.id())
			.and("open").is(true)
			.and("holders").ne(request.enrollmentId())
			.andOperator(seats));
		update.inc("seatsLeft", -1)
			.push("holders", request.enrollmentId())
			.push("members", Membership.idOf(group.id(), request.enrollmentId(), request.startDate()));
		return this.mongo.updateFirst(free, update, Group.class).getModifiedCount() == 1;
	}

	private GroupFull groupFull(Group group, SeatRequest request) {
		return new GroupFull(request.evaluationId(), group.id(), group.focus(), group.cohort(), group.track(),
				group.capacity(), Instant.now(this.clock));
	}

	/**
	 * Frees the enrollment's seat in the group from the given day on, closing the membership it
	 * opened on the day it joined and listing it under the months it was valid in, before the seat
	 * and the open membership are given up together. Safe to repeat: a seat already freed is not
	 * freed twice, a membership listed twice is listed once.
	 */
	public void release(String groupId, String enrollmentId, LocalDate joinedOn, LocalDate leavingOn) {
		List<Membership> open = (joinedOn != null)
				? List.of(Membership.joining(groupId, enrollmentId, null, joinedOn))
				// An enrollment stored before the day it joined was kept names no membership: its open
				// ones are searched for, a read of every membership on a server without secondary indexes.
				: this.mongo.find(Query.query(Criteria.where("groupId").is(groupId).and("enrollmentId").is(enrollmentId)
					.and("leftOn").is(null)), Membership.class);
		for (Membership membership : open) {
			this.mongo.updateFirst(Query.query(Criteria.where("_id").is(membership.id()).and("leftOn").is(null)),
					new Update().set("leftOn", leavingOn), Membership.class);
			this.history.listEnded(groupId, membership.id(), membership.joinedOn(), leavingOn);
		}
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(groupId).and("holders").is(enrollmentId)),
				new Update().inc("seatsLeft", 1)
					.pull("holders", enrollmentId)
					.pullAll("members", open.stream().map(Membership::id).toArray()),
				Group.class);
	}

	public Optional<Group> heldBy(String enrollmentId) {
		return Optional.ofNullable(
				this.mongo.findOne(Query.query(Criteria.where("holders").is(enrollmentId)), Group.class));
	}

}
