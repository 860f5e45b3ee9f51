package org.clinicops.notification.messages;

import org.clinicops.contracts.ContactChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The channels: e-mail through SMTP when {@code spring.mail.host} is set (else logged, as on the
 * local stack), SMS through the logging provider until a real one is configured.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	private static final Logger log = LoggerFactory.getLogger(MessagesConfiguration.class);

	@Bean
	MessageSender emailSender(ObjectProvider<JavaMailSender> mail,
			@Value("${clinic.notification.messages.from}") String from) {
		JavaMailSender smtp = mail.getIfAvailable();
		if (smtp == null) {
			log.warn("No SMTP server is configured (spring.mail.host): patient e-mails are only logged");
			return new LoggingSender(ContactChannel.EMAIL);
		}
		return new SmtpEmailSender(smtp, from);
	}

	@Bean
	MessageSender smsSender() {
		return new LoggingSender(ContactChannel.SMS);
	}

	@Bean
	MessageTexts messageTexts(@Value("${clinic.notification.messages.clinic-name}") String clinicName) {
		return new MessageTexts(clinicName);
	}

	@Bean
	MessageDispatch messageDispatch(PatientMessageDelivery messages) {
		return new MessageDispatch(messages);
	}

	/** Sends what is due on a schedule; deliveries are stored, so a restart only delays them. */
	static final class MessageDispatch {

		private final PatientMessageDelivery messages;

		MessageDispatch(PatientMessageDelivery messages) {
			this.messages = messages;
		}

		@EventListener(ApplicationReadyEvent.class)
		void noteStoredMessages() {
			try {
				this.messages.noteStoredMessages();
			}
			catch (RuntimeException ex) {
				log.warn("Messages owed before this start are noted at the next start: {}", ex.getMessage());
			}
		}

		@Scheduled(fixedDelayString = "${clinic.notification.messages.dispatch-interval}")
		void dispatch() {
			try {
				this.messages.dispatchDue();
			}
			catch (RuntimeException ex) {
				log.warn("Message dispatch will run again: {}", ex.getMessage());
			}
		}

	}

}
