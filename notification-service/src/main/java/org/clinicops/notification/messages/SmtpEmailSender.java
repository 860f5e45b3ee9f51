package org.clinicops.notification.messages;

import org.clinicops.contracts.ContactChannel;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** E-mail through SMTP, with Spring's mail support. */
class SmtpEmailSender implements MessageSender {

	private final JavaMailSender mail;

	private final String from;

	SmtpEmailSender(JavaMailSender mail, String from) {
		this.mail = mail;
		this.from = from;
	}

	@Override
	public boolean handles(ContactChannel channel) {
		return channel == ContactChannel.EMAIL;
	}

	@Override
	public void send(Contact contact, MessageTexts.Text text) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(contact.address());
		message.setSubject(text.subject());
		message.setText(text.body());
		this.mail.send(message);
	}

}
