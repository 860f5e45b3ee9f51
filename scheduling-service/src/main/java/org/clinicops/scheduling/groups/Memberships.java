package org.clinicops.scheduling.groups;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface Memberships extends MongoRepository<Membership, String> {

	List<Membership> findByGroupIdOrderByJoinedOn(String groupId);

}
