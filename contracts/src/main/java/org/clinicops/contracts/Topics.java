package org.clinicops.contracts;

/** The topics of the platform, one per owning context. */
public final class Topics {

	public static final String INTAKE_EVALUATIONS = "intake.evaluations";

	/**
	 * Compacted, keyed by evaluation id: the contact a patient message needs, read only by
	 * notification-service. The one topic that may carry a contact detail.
	 */
	public static final String INTAKE_CONTACTS = "intake.contacts";

	public static final String SCHEDULING_ENROLLMENTS = "scheduling.enrollments";

	public static final String NOTIFICATION_ALERTS = "notification.alerts";

	/** Where a consumer parks a record it could not handle after its retries. */
	public static String deadLetterOf(String topic) {
		return topic + "-dlt";
	}

	private Topics() {
	}

}
