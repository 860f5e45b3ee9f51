package org.clinicops.common.web;

import java.util.List;

/** Fields whose values break a rule that depends on other fields or on the record: 400. */
public class InvalidFieldException extends RuntimeException {

	private final List<FieldError> errors;

	public InvalidFieldException(String field, String message) {
		this(List.of(new FieldError(field, message)));
	}

	public InvalidFieldException(List<FieldError> errors) {
		super(errors.get(0).message());
		this.errors = List.copyOf(errors);
	}

	/** The first invalid field. */
	public String field() {
		return this.errors.get(0).field();
	}

	public List<FieldError> errors() {
		return this.errors;
	}

}
