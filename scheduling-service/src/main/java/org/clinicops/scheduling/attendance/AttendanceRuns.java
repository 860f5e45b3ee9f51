package org.clinicops.scheduling.attendance;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface AttendanceRuns extends MongoRepository<AttendanceRun, String> {
}
