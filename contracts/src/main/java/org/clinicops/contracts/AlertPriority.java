package org.clinicops.contracts;

public enum AlertPriority {

	URGENT, HIGH, NORMAL, INFO

}
