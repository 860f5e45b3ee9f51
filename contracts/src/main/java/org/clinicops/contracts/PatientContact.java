package org.clinicops.contracts;

/**
 * The one contact a patient message needs, and nothing more: it travels only on the compacted
 * {@link Topics#INTAKE_CONTACTS} topic, keyed by evaluation id, where a tombstone (a record with
 * no value) removes it when it is no longer needed.
 */
public record PatientContact(String evaluationId, String firstName, ContactChannel channel, String address)
		implements ClinicEvent {
}
