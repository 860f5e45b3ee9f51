package org.clinicops.common.web;

/** An id that names no record: answered with 404. */
public class RecordNotFoundException extends RuntimeException {

	public RecordNotFoundException(String kind, String id) {
		super("No " + kind + " with id " + id + ".");
	}

}
