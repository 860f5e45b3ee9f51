package org.clinicops.common.events;

public enum AlertPriority {

	URGENT, HIGH, NORMAL, INFO

}
