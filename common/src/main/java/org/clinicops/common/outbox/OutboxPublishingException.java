package org.clinicops.common.outbox;

import org.clinicops.contracts.EventEnvelope;

/** The broker did not acknowledge an event; it stays in its outbox and is tried again. */
class OutboxPublishingException extends RuntimeException {

	OutboxPublishingException(EventEnvelope envelope, Throwable cause) {
		super("event " + envelope.id() + " of type " + envelope.type() + " not acknowledged: " + cause.getMessage(),
				cause);
	}

}
