package org.clinicops.scheduling.groups;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.clinicops.contracts.Focus;
import org.clinicops.contracts.Track;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The open groups, found through their ids listed per focus and track ({@link OpenGroupList}) and
 * then read by id. A search of the groups by their fields is answered by the MongoDB-wire server
 * by reading every group ever stored, the closed ones that add up over the years included, and a
 * seat is searched for on every placement; these reads cost what the clinic's open groups do.
 */
@Component
public class OpenGroups implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(OpenGroups.class);

	private final MongoTemplate mongo;

	private final Groups groups;

	OpenGroups(MongoTemplate mongo, Groups groups) {
		this.mongo = mongo;
		this.groups = groups;
	}

	/** Stores a new group, listed first so that it is never open and unlisted, even after a crash between the two. */
	public Group add(Group group) {
		list(group.id(), group.focus(), group.track());
		return this.groups.insert(group);
	}

	/** Leaves out a group that has closed. */
	void closed(Group group) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(OpenGroupList.idOf(group.focus(), group.track()))),
				new Update().pull("groups", group.id()), OpenGroupList.class);
	}

	/** The open groups of a focus and track with a seat left, the only ones a person can be given a seat in. */
	public List<Group> withSeatLeft(Focus focus, Track track) {
		OpenGroupList listed = this.mongo.findById(OpenGroupList.idOf(focus, track), OpenGroupList.class);
		return (listed == null) ? List.of() : this.groups.withSeatLeft(listed.groups());
	}

	/** Every open group with a seat left. */
	public List<Group> withSeatLeft() {
		return this.groups.withSeatLeft(listedIds());
	}

	/** Every open group, by the names of its track and focus, then by its own. */
	public List<Group> all() {
		return this.groups.openAmong(listedIds())
			.stream()
			.sorted(Comparator.comparing((Group group) -> group.track().name())
				.thenComparing(group -> group.focus().name())
				.thenComparing(Group::name))
			.toList();
	}

	private List<String> listedIds() {
		return this.mongo.findAll(OpenGroupList.class).stream().map(OpenGroupList::groups).flatMap(Collection::stream).toList();
	}

	private void list(String groupId, Focus focus, Track track) {
		this.mongo.upsert(Query.query(Criteria.where("_id").is(OpenGroupList.idOf(focus, track))),
				new Update().addToSet("groups", groupId), OpenGroupList.class);
	}

	/**
	 * Lists the open groups stored before open groups were listed, once per start and before the
	 * listeners start placing people: one search of the groups, and a write only for an open one not
	 * listed yet, after which placements read by id.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		try {
			listStored();
		}
		catch (RuntimeException ex) {
			log.warn("The open groups stored before open groups were listed are listed at the next start: {}",
					ex.getMessage());
		}
	}

	public void listStored() {
		Set<String> listed = new HashSet<>(listedIds());
		Query open = Query.query(Criteria.where("open").is(true));
		open.fields().include("focus", "track");
		for (Group group : this.mongo.find(open, Group.class)) {
			if (!listed.contains(group.id())) {
				list(group.id(), group.focus(), group.track());
			}
		}
	}

}
