package org.clinicops.notification.messages;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface Contacts extends MongoRepository<Contact, String> {

}
