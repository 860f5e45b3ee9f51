package org.clinicops.common.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A read or change of a person's record could not be written to the audit log: it is refused
 * (503) rather than done unaudited, and nothing of the record is shown.
 */
@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
public class AuditUnavailableException extends RuntimeException {

	public AuditUnavailableException(Throwable cause) {
		super("The audit log cannot be written just now", cause);
	}

}
