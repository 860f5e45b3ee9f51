package org.clinicops.scheduling.groups;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.clinicops.common.outbox.OutboxAggregate;
import org.clinicops.contracts.Cohort;
import org.clinicops.contracts.Focus;
import org.clinicops.contracts.Track;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A therapy group. {@code seatsLeft} is the hard capacity limit and {@code holders} the
 * enrollments holding a seat now: both only ever change together, by one conditional atomic
 * update ({@link SeatReservation}), never by reading and writing back. The dated memberships
 * (the roster's history) are {@link Membership} documents; {@code members} names the open ones and
 * changes with the seats, in the same updates. A full group announces itself through
 * this document's outbox, in the same update that took the last seat.
 */
@Document("groups")
@CompoundIndex(name = "newest", def = "{'createdAt': -1, '_id': -1}")
@CompoundIndex(name = "by_open", def = "{'open': 1, 'createdAt': -1, '_id': -1}")
public class Group extends OutboxAggregate {

	@Id
	private String id;

	private String name;

	private Focus focus;

	private Cohort cohort;

	private Track track;

	private String facilitator;

	private int capacity;

	private int seatsLeft;

	private boolean open = true;

	/** When it was created; {@link GroupSearch} dates a group stored before this was kept at {@code Instant.EPOCH}. */
	private Instant createdAt;

	private List<Meeting> meetings = new ArrayList<>();

	@Indexed
	private List<String> holders = new ArrayList<>();

	/** The ids of the open memberships: taken and given up with the seats, in the same updates. */
	private List<String> members = new ArrayList<>();

	/** Whether {@link #members} and the roster months list this group's memberships: false for a group stored before. */
	private boolean rosterKept;

	protected Group() {
	}

	public Group(String id, String name, Focus focus, Cohort cohort, Track track, String facilitator, int capacity,
			List<Meeting> meetings, Instant createdAt) {
		this.id = id;
		this.name = name;
		this.focus = focus;
		this.cohort = cohort;
		this.track = track;
		this.facilitator = facilitator;
		this.capacity = capacity;
		this.seatsLeft = capacity;
		this.meetings = List.copyOf(meetings);
		this.rosterKept = true;
		this.createdAt = createdAt;
	}

	/** This group as the matcher sees it, for a person starting on the given day. */
	public GroupOption asOption(LocalDate startDate) {
		LocalDateTime nextMeeting = this.meetings.stream()
			.map(meeting -> meeting.firstOnOrAfter(startDate))
			.min(Comparator.naturalOrder())
			.orElse(LocalDateTime.MAX);
		return new GroupOption(this.id, this.focus, this.cohort, this.track, this.capacity,
				this.open ? this.seatsLeft : 0, nextMeeting);
	}

	public int seatsTaken() {
		return this.capacity - this.seatsLeft;
	}

	public String id() {
		return this.id;
	}

	public String name() {
		return this.name;
	}

	public Focus focus() {
		return this.focus;
	}

	public Cohort cohort() {
		return this.cohort;
	}

	public Track track() {
		return this.track;
	}

	public String facilitator() {
		return this.facilitator;
	}

	public int capacity() {
		return this.capacity;
	}

	public int seatsLeft() {
		return this.seatsLeft;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public boolean isOpen() {
		return this.open;
	}

	public List<Meeting> meetings() {
		return this.meetings;
	}

	public List<String> holders() {
		return List.copyOf(this.holders);
	}

	public List<String> members() {
		return List.copyOf(this.members);
	}

}
