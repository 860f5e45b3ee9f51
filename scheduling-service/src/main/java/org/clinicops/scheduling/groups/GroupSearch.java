package org.clinicops.scheduling.groups;

import java.time.Instant;
import java.util.List;

import org.clinicops.common.web.ListPage;
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
 * The group list staff page through: open and closed groups add up over the years, so they come a
 * page at a time, created most recently first, narrowed by whether they are open, focus and track.
 */
@Component
class GroupSearch implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(GroupSearch.class);

	private static final String CREATED_AT = "createdAt";

	private final MongoTemplate mongo;

	GroupSearch(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	List<Group> page(GroupStatus status, Focus focus, Track track, ListPage page) {
		Criteria criteria = new Criteria();
		if (status != null) {
			criteria.and("open").is(status == GroupStatus.OPEN);
		}
		if (focus != null) {
			criteria.and("focus").is(focus);
		}
		if (track != null) {
			criteria.and("track").is(track);
		}
		Query query = page.narrow(criteria, CREATED_AT);
		query.fields().exclude("holders", "members");
		return this.mongo.find(query, Group.class);
	}

	/**
	 * A page's cursor goes by creation time, which groups stored before it was kept lack: they are
	 * dated at the epoch once, at start, and so come last, as older than any group created since.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		try {
			this.mongo.updateMulti(Query.query(Criteria.where(CREATED_AT).exists(false)),
					new Update().set(CREATED_AT, Instant.EPOCH), Group.class);
		}
		catch (RuntimeException ex) {
			log.warn("Groups stored without a creation time are dated at the next start: {}", ex.getMessage());
		}
	}

}
