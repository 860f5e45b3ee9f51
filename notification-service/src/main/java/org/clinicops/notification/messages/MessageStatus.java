package org.clinicops.notification.messages;

public enum MessageStatus {

	PENDING, SENT, HANDED_TO_STAFF, FAILED, CANCELLED

}
