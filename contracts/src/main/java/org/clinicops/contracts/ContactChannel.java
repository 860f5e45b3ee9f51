package org.clinicops.contracts;

/** How a person prefers to be contacted. */
public enum ContactChannel {

	PHONE, EMAIL, SMS

}
