package org.clinicops.common.web;

/**
 * Kafka did not answer a read within its deadline: what was read so far would be an incomplete
 * answer passed off as a whole one (an operator told that nothing is parked while the broker is
 * out of reach), so none is given (503) and nothing was changed.
 */
public class BrokerUnavailableException extends RuntimeException {

	public BrokerUnavailableException(String what, Throwable cause) {
		super(what + " could not be read from Kafka in time", cause);
	}

}
