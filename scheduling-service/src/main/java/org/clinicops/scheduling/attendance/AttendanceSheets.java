package org.clinicops.scheduling.attendance;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface AttendanceSheets extends MongoRepository<AttendanceSheet, String> {
}
