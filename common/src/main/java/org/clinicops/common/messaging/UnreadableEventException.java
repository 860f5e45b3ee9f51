package org.clinicops.common.messaging;

/** A record that no retry can make readable: it goes straight to the dead-letter topic. */
public class UnreadableEventException extends RuntimeException {

	public UnreadableEventException(String message) {
		super(message);
	}

	public UnreadableEventException(String message, Throwable cause) {
		super(message, cause);
	}

}
