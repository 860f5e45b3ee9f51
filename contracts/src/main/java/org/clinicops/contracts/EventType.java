package org.clinicops.contracts;

/**
 * A versioned event type: its CloudEvents {@code type}, the topic it travels on and the record
 * that carries its payload. An incompatible change of shape is a new type with a new version.
 */
public record EventType<T extends ClinicEvent>(String name, String topic, Class<T> payloadType) {
}
