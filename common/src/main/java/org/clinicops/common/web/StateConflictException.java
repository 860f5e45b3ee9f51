package org.clinicops.common.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A change the record's current state does not allow: answered with 409, nothing changed. */
@ResponseStatus(HttpStatus.CONFLICT)
public class StateConflictException extends RuntimeException {

	public StateConflictException(String message) {
		super(message);
	}

}
