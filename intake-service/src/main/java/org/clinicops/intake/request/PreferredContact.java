package org.clinicops.intake.request;

public enum PreferredContact {

	PHONE, EMAIL, SMS

}
