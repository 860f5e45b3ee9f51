package org.clinicops.notification.messages;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.bson.Document;
import org.clinicops.contracts.Cohort;
import org.clinicops.contracts.ContactChannel;
import org.clinicops.contracts.EventEnvelope;
import org.clinicops.contracts.EventJson;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.Focus;
import org.clinicops.contracts.PatientContact;
import org.clinicops.contracts.PatientEnrolled;
import org.clinicops.contracts.PatientWaitlisted;
import org.clinicops.contracts.Track;
import org.clinicops.notification.alerts.Alerts;
import org.clinicops.notification.routing.AlertType;
import org.clinicops.testsupport.ClinicIntegrationTest;
import org.clinicops.testsupport.EventPublisher;
import org.clinicops.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Patient messages through a real SMTP server (GreenMail) and the logging SMS provider. */
@ClinicIntegrationTest
class PatientMessagesTest {

	private static final Duration WAIT = Duration.ofSeconds(15);

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	PatientMessageDelivery messages;

	@Autowired
	Contacts contacts;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Alerts alerts;

	@Autowired
	TestClock clock;

	@Autowired
	MessageTexts texts;

	private EventPublisher publisher;

	@BeforeEach
	void publisher() {
		this.publisher = new EventPublisher();
	}

	@AfterEach
	void closePublisher() {
		this.publisher.close();
	}

	private String personWithContact(ContactChannel channel, String address) {
		String evaluationId = UUID.randomUUID().toString();
		this.publisher.publish(EventTypes.PATIENT_CONTACT, new PatientContact(evaluationId, "Rosa", channel, address));
		await().atMost(WAIT).until(() -> this.contacts.existsById(evaluationId));
		return evaluationId;
	}

	private PatientEnrolled enrolled(String evaluationId) {
		return new PatientEnrolled(evaluationId, "en-" + evaluationId, "R.M.", Track.EVENING, Focus.EATING_DISORDER,
				Cohort.WOMEN, "th-1", "Ana Ruiz", LocalDate.of(2026, 12, 7), Instant.now());
	}

	/** Waits until the message is owed, lets the dispatcher run once, and reads the message back. */
	private PatientMessage messageFor(String evaluationId, MessageKind kind) {
		await().atMost(WAIT)
			.until(() -> this.mongo.findAll(PatientMessage.class)
				.stream()
				.anyMatch(message -> message.evaluationId().equals(evaluationId) && message.kind() == kind));
		this.messages.dispatchDue();
		return this.mongo.findAll(PatientMessage.class)
			.stream()
			.filter(message -> message.evaluationId().equals(evaluationId) && message.kind() == kind)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void anEnrolledPersonGetsOneWelcomeEmailThatNamesNoDiagnosisFocusOrGroup() throws Exception {
		String evaluationId = personWithContact(ContactChannel.EMAIL, "rosa@example.org");
		this.publisher.publish(EventTypes.PATIENT_ENROLLED, enrolled(evaluationId));

		assertThat(messageFor(evaluationId, MessageKind.WELCOME).status()).isEqualTo(MessageStatus.SENT);

		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getAllRecipients()[0]).hasToString("rosa@example.org");
		String mail = received[0].getSubject() + "\n" + GreenMailUtil.getBody(received[0]);
		assertThat(mail).contains("Hello Rosa")
			.doesNotContainIgnoringCase("eating")
			.doesNotContainIgnoringCase("women")
			.doesNotContainIgnoringCase("group")
			.doesNotContainIgnoringCase("intensive")
			.doesNotContainIgnoringCase("IOP")
			.doesNotContainIgnoringCase("therap")
			.doesNotContainIgnoringCase("Ana Ruiz")
			.doesNotContain("R.M.");
	}

	@Test
	void aWelcomeDeliveredAgainAfterItWasSentIsNotSentAgain() throws Exception {
		String evaluationId = personWithContact(ContactChannel.EMAIL, "rosa@example.org");
		PatientEnrolled enrolled = enrolled(evaluationId);
		EventEnvelope envelope = this.publisher.publish(EventTypes.PATIENT_ENROLLED, enrolled);
		assertThat(messageFor(evaluationId, MessageKind.WELCOME).status()).isEqualTo(MessageStatus.SENT);

		this.publisher.publishRaw(EventTypes.PATIENT_ENROLLED, envelope, EventJson.write(enrolled));
		// Same person, same key, same partition: the redelivery was handled before this note is owed.
		this.publisher.publish(EventTypes.PATIENT_WAITLISTED, new PatientWaitlisted(evaluationId, "en-1", "R.M.",
				Focus.MENTAL_HEALTH, Cohort.GENERAL, Track.MORNING, false, LocalDate.of(2026, 12, 12), Instant.now()));
		assertThat(messageFor(evaluationId, MessageKind.WAITLIST).status()).isEqualTo(MessageStatus.SENT);
		this.messages.dispatchDue();

		assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getSubject)
			.containsExactlyInAnyOrder(this.texts.of(MessageKind.WELCOME, "Rosa").subject(),
					this.texts.of(MessageKind.WAITLIST, "Rosa").subject());
		assertThat(messageFor(evaluationId, MessageKind.WELCOME).attempts()).isEqualTo(1);
	}

	@Test
	void aWaitlistedPersonWhoPrefersSmsGetsTheWaitlistNoteThroughTheSmsProvider() {
		String evaluationId = personWithContact(ContactChannel.SMS, "+1 555 010 7788");

		this.publisher.publish(EventTypes.PATIENT_WAITLISTED, new PatientWaitlisted(evaluationId, "en-1", "R.M.",
				Focus.MENTAL_HEALTH, Cohort.GENERAL, Track.MORNING, false, LocalDate.of(2026, 12, 12), Instant.now()));

		assertThat(messageFor(evaluationId, MessageKind.WAITLIST).status()).isEqualTo(MessageStatus.SENT);
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void aContactsTombstoneForgetsItAndNothingIsSentToThePerson() {
		String evaluationId = personWithContact(ContactChannel.EMAIL, "gone@example.org");

		this.publisher.publishRaw(EventTypes.PATIENT_CONTACT,
				EventPublisher.envelope(EventTypes.PATIENT_CONTACT, new PatientContact(evaluationId, null, null, null)),
				null);
		await().atMost(WAIT).until(() -> !this.contacts.existsById(evaluationId));
		this.publisher.publish(EventTypes.PATIENT_ENROLLED, enrolled(evaluationId));

		assertThat(messageFor(evaluationId, MessageKind.WELCOME).status()).isEqualTo(MessageStatus.CANCELLED);
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void anSmtpOutageIsRetriedWithGrowingWaitsThenShownToCoordinatorsAndNeverHoldsBackAlerts() {
		String evaluationId = personWithContact(ContactChannel.EMAIL, "later@example.org");
		smtp.stop();
		this.publisher.publish(EventTypes.PATIENT_ENROLLED, enrolled(evaluationId));

		PatientMessage first = messageFor(evaluationId, MessageKind.WELCOME);
		assertThat(first.status()).isEqualTo(MessageStatus.PENDING);
		assertThat(first.attempts()).isEqualTo(1);
		await().atMost(WAIT)
			.until(() -> this.alerts.findAll()
				.stream()
				.anyMatch(alert -> evaluationId.equals(alert.evaluationId()) && alert.type() == AlertType.PATIENT_ENROLLED));
		Duration moved = Duration.ZERO;
		try {
			for (int retry = 0; retry < 4; retry++) {
				Duration wait = Duration.ofMinutes(1L << retry);
				this.clock.advance(wait);
				moved = moved.plus(wait);
				this.messages.dispatchDue();
			}
		}
		finally {
			this.clock.advance(moved.negated());
		}

		PatientMessage last = messageFor(evaluationId, MessageKind.WELCOME);
		assertThat(last.status()).isEqualTo(MessageStatus.FAILED);
		assertThat(last.attempts()).isEqualTo(5);
		assertThat(last.lastFailure()).doesNotContain("later@example.org");
		assertThat(this.alerts.findAll()).filteredOn(alert -> evaluationId.equals(alert.evaluationId())
				&& alert.type() == AlertType.MESSAGE_FAILED)
			.singleElement()
			.satisfies(alert -> assertThat(alert.recipientRole().name()).isEqualTo("INTAKE_COORDINATOR"));
	}

	@Test
	void aMessageStillOwedWhenTheContactIsForgottenIsCancelledAndNeverSent() {
		String evaluationId = personWithContact(ContactChannel.EMAIL, "owed@example.org");
		String messageId = PatientMessage.idFor(evaluationId, MessageKind.WELCOME);
		this.publisher.publish(EventTypes.PATIENT_ENROLLED, enrolled(evaluationId));
		await().atMost(WAIT).until(() -> this.mongo.findById(messageId, PatientMessage.class) != null);

		this.publisher.publishRaw(EventTypes.PATIENT_CONTACT,
				EventPublisher.envelope(EventTypes.PATIENT_CONTACT, new PatientContact(evaluationId, null, null, null)),
				null);
		await().atMost(WAIT)
			.until(() -> this.mongo.findById(messageId, PatientMessage.class).status() == MessageStatus.CANCELLED);
		this.messages.dispatchDue();

		assertThat(this.mongo.findById(messageId, PatientMessage.class).status()).isEqualTo(MessageStatus.CANCELLED);
		assertThat(smtp.getReceivedMessages()).isEmpty();
		assertThat(listedAsDue()).doesNotContain(messageId);
	}

	@Test
	void aMessageOwedBeforeOwedMessagesWereListedIsSentOnceTheServiceNotesThem() {
		String evaluationId = personWithContact(ContactChannel.EMAIL, "earlier@example.org");
		PatientMessage stored = this.mongo
			.insert(PatientMessage.owed(evaluationId, "R.M.", MessageKind.WELCOME, null, Instant.now(this.clock)));

		this.messages.dispatchDue();
		assertThat(this.mongo.findById(stored.id(), PatientMessage.class).status())
			.as("a message not listed as due is not read by the dispatcher")
			.isEqualTo(MessageStatus.PENDING);
		this.messages.noteStoredMessages();
		this.messages.dispatchDue();

		assertThat(this.mongo.findById(stored.id(), PatientMessage.class).status()).isEqualTo(MessageStatus.SENT);
		assertThat(smtp.getReceivedMessages()).hasSize(1);
		assertThat(listedAsDue()).doesNotContain(stored.id());
	}

	private List<String> listedAsDue() {
		return this.mongo.findAll(Document.class, "patient_messages_due")
			.stream()
			.map(due -> due.getString("_id"))
			.toList();
	}

}
