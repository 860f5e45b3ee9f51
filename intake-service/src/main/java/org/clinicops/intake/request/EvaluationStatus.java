package org.clinicops.intake.request;

public enum EvaluationStatus {

	RECEIVED, SCREENED, ACCEPTED, REFERRED, DECLINED, WITHDRAWN

}
