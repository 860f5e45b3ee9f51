package org.clinicops.notification.messages;

import org.clinicops.contracts.ContactChannel;

/** Delivers a message on one channel; throws when the provider refuses or cannot be reached. */
public interface MessageSender {

	boolean handles(ContactChannel channel);

	void send(Contact contact, MessageTexts.Text text);

}
