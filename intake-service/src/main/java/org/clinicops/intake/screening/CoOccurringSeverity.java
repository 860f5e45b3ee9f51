package org.clinicops.intake.screening;

public enum CoOccurringSeverity {

	NONE, MILD, MODERATE, SEVERE

}
