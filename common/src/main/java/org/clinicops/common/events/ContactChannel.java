package org.clinicops.common.events;

/** How a person prefers to be contacted. */
public enum ContactChannel {

	PHONE, EMAIL, SMS

}
