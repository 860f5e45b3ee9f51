package org.clinicops.scheduling.groups;

import java.util.List;

import org.clinicops.contracts.Focus;
import org.clinicops.contracts.Track;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface Groups extends MongoRepository<Group, String> {

	List<Group> findByFocusAndTrack(Focus focus, Track track);

}
