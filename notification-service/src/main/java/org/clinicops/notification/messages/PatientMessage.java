package org.clinicops.notification.messages;

import java.time.Instant;

import org.clinicops.common.ids.DerivedIds;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A message owed to a patient and how its delivery goes. One per evaluation and kind (its id says
 * so), so a redelivered event owes nothing more. It holds no address and no text: the address is
 * read from the contact when sending, the text is written then.
 */
@Document("patient_messages")
@CompoundIndex(name = "due", def = "{'status': 1, 'nextAttemptAt': 1}")
public record PatientMessage(@Id String id, String evaluationId, String initials, MessageKind kind,
		MessageStatus status, int attempts, Instant nextAttemptAt, String lastFailure, Instant sentAt,
		String correlationId, Instant createdAt) {

	public static PatientMessage owed(String evaluationId, String initials, MessageKind kind, String correlationId,
			Instant now) {
		return new PatientMessage(idFor(evaluationId, kind), evaluationId, initials, kind, MessageStatus.PENDING, 0, now,
				null, null, correlationId, now);
	}

	public static String idFor(String evaluationId, MessageKind kind) {
		return DerivedIds.of(evaluationId, kind);
	}

}
