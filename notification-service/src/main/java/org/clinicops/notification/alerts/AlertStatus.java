package org.clinicops.notification.alerts;

public enum AlertStatus {

	OPEN, ACKNOWLEDGED

}
