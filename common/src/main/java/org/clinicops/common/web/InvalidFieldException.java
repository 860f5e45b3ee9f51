package org.clinicops.common.web;

/** A field whose value breaks a rule that depends on other fields or on the record: 400. */
public class InvalidFieldException extends RuntimeException {

	private final String field;

	public InvalidFieldException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
