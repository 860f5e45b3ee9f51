package org.clinicops.notification.messages;

import org.clinicops.contracts.ContactChannel;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The one contact a patient message needs, as intake last published it; deleted when its
 * tombstone arrives. Nothing else of the person is kept here.
 */
@Document("contacts")
public record Contact(@Id String evaluationId, String firstName, ContactChannel channel, String address) {
}
