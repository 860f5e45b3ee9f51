package org.clinicops.contracts;

/**
 * A payload of a platform event. Every event concerns one evaluation: its id is the record key
 * and the CloudEvents subject, so that one person's events stay in order on their partition.
 */
public interface ClinicEvent {

	String evaluationId();

}
