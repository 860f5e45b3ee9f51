package org.clinicops.scheduling.groups;

import java.util.List;

import org.clinicops.common.events.Focus;
import org.clinicops.common.events.Track;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface Groups extends MongoRepository<Group, String> {

	List<Group> findByFocusAndTrack(Focus focus, Track track);

}
