package org.clinicops.scheduling.groups;

import java.time.LocalDate;
import java.time.YearMonth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Where a roster finds the memberships of a day: the group's open ones on the group, the ended ones
 * under each month they were valid in ({@link RosterMonth}).
 */
@Component
public class RosterHistory {

	private static final Logger log = LoggerFactory.getLogger(RosterHistory.class);

	private final MongoTemplate mongo;

	private final Memberships memberships;

	RosterHistory(MongoTemplate mongo, Memberships memberships) {
		this.mongo = mongo;
		this.memberships = memberships;
	}

	/** Lists an ended membership under each month it was valid in; listing it again changes nothing. */
	void listEnded(String groupId, String membershipId, LocalDate joinedOn, LocalDate leftOn) {
		for (YearMonth month : RosterMonth.spanned(joinedOn, leftOn)) {
			this.mongo.upsert(Query.query(Criteria.where("_id").is(RosterMonth.idOf(groupId, month))),
					new Update().addToSet("memberships", membershipId), RosterMonth.class);
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void listStoredAtStart() {
		try {
			listStored();
		}
		catch (RuntimeException ex) {
			log.warn("The memberships of groups stored before rosters were kept by id are listed at the next start: {}",
					ex.getMessage());
		}
	}

	/**
	 * Lists the memberships of the groups stored before rosters were kept by id: the one search of
	 * each such group's memberships, made when the service starts, after which the group is marked.
	 * A membership that ends meanwhile may be listed as open too; a roster reads each membership's
	 * own days, so it still names it only on the days it was valid.
	 */
	public void listStored() {
		for (Group group : this.mongo.find(Query.query(Criteria.where("rosterKept").ne(true)), Group.class)) {
			for (Membership membership : this.memberships.findByGroupIdOrderByJoinedOn(group.id())) {
				if (membership.leftOn() == null) {
					this.mongo.updateFirst(Query.query(Criteria.where("_id").is(group.id())),
							new Update().addToSet("members", membership.id()), Group.class);
				}
				else {
					listEnded(group.id(), membership.id(), membership.joinedOn(), membership.leftOn());
				}
			}
			this.mongo.updateFirst(Query.query(Criteria.where("_id").is(group.id())), new Update().set("rosterKept", true),
					Group.class);
		}
	}

}
