package org.clinicops.scheduling.calendar;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface Appointments extends MongoRepository<Appointment, String> {
}
