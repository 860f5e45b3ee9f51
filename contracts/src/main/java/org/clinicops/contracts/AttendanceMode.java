package org.clinicops.contracts;

public enum AttendanceMode {

	IN_PERSON, TELEHEALTH

}
