package org.clinicops.notification.messages;

public enum MessageKind {

	WELCOME, WAITLIST

}
