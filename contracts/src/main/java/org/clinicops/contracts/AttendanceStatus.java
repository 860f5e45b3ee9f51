package org.clinicops.contracts;

/** How a person attended a session. */
public enum AttendanceStatus {

	PRESENT, LATE, LEFT_EARLY, EXCUSED, NO_SHOW;

	/** Whether the person took part at all: a day with such a session is a service day. */
	public boolean attended() {
		return this == PRESENT || this == LATE || this == LEFT_EARLY;
	}

}
