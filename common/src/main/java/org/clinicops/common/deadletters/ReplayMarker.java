package org.clinicops.common.deadletters;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** That a parked record was put back on its topic, by whom and when; its id is the record's place. */
@Document("dead_letter_replays")
record ReplayMarker(@Id String id, String replayedBy, Instant replayedAt) {

	static String idOf(String topic, int partition, long offset) {
		return topic + "/" + partition + "/" + offset;
	}

}
