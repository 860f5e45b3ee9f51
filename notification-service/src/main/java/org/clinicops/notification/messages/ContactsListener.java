package org.clinicops.notification.messages;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.clinicops.common.messaging.InboundEvent;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.Topics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the contacts of {@code intake.contacts}: the latest per evaluation; a tombstone (no
 * value) forgets the contact and cancels what is still owed to that person. Writing the same
 * contact again changes nothing, so redelivery needs no bookkeeping.
 */
@Component
class ContactsListener {

	private final Contacts contacts;

	private final PatientMessageDelivery messages;

	ContactsListener(Contacts contacts, PatientMessageDelivery messages) {
		this.contacts = contacts;
		this.messages = messages;
	}

	@KafkaListener(topics = Topics.INTAKE_CONTACTS, groupId = "notification-contacts")
	void on(ConsumerRecord<String, String> record) {
		if (record.value() == null) {
			this.contacts.deleteById(record.key());
			this.messages.cancelFor(record.key());
			return;
		}
		InboundEvent.read(record, EventTypes.PATIENT_CONTACT)
			.ifPresent(contact -> this.contacts.save(new Contact(contact.evaluationId(), contact.firstName(),
					contact.channel(), contact.address())));
	}

}
