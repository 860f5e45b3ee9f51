package org.clinicops.notification.messages;

/**
 * What patients are told. Minimal on purpose: a first name and a promise of contact; never a
 * diagnosis, focus, group, program type or clinical word, since e-mail and SMS are not private.
 */
public final class MessageTexts {

	/** A message's subject (for e-mail) and body. */
	public record Text(String subject, String body) {
	}

	private final String clinicName;

	public MessageTexts(String clinicName) {
		this.clinicName = clinicName;
	}

	public Text of(MessageKind kind, String firstName) {
		return switch (kind) {
			case WELCOME -> new Text("Welcome from " + this.clinicName, "Hello " + firstName + ", welcome. "
					+ "Your care team at " + this.clinicName + " will contact you about your first appointment. "
					+ "If you have questions, call us or reply to this message.");
			case WAITLIST -> new Text("A message from " + this.clinicName, "Hello " + firstName
					+ ", thank you for your patience. We will contact you as soon as a place is available for you.");
		};
	}

}
