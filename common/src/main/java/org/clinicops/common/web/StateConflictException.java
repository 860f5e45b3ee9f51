package org.clinicops.common.web;

/** A change the record's current state does not allow: answered with 409, nothing changed. */
public class StateConflictException extends RuntimeException {

	public StateConflictException(String message) {
		super(message);
	}

}
