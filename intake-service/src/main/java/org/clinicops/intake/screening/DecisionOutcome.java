package org.clinicops.intake.screening;

public enum DecisionOutcome {

	ACCEPTED, REFERRED, DECLINED

}
