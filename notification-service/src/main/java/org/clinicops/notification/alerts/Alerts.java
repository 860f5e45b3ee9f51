package org.clinicops.notification.alerts;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface Alerts extends MongoRepository<Alert, String> {

}
