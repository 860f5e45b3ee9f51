package org.clinicops.common.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An id that names no record: answered with 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RecordNotFoundException extends RuntimeException {

	public RecordNotFoundException(String kind, String id) {
		super("No " + kind + " with id " + id + ".");
	}

}
