package org.clinicops.notification.messages;

import org.clinicops.contracts.ContactChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A provider stand-in that only logs that a message went out, never to whom or what (no contact
 * detail in a log line): SMS on the local stack, and e-mail where no SMTP server is configured.
 */
class LoggingSender implements MessageSender {

	private static final Logger log = LoggerFactory.getLogger(LoggingSender.class);

	private final ContactChannel channel;

	LoggingSender(ContactChannel channel) {
		this.channel = channel;
	}

	@Override
	public boolean handles(ContactChannel channel) {
		return channel == this.channel;
	}

	@Override
	public void send(Contact contact, MessageTexts.Text text) {
		log.info("{} message for evaluation {} handed to the logging provider ({} characters)", this.channel,
				contact.evaluationId(), text.body().length());
	}

}
