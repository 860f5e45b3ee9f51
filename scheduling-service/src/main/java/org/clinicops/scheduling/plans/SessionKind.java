package org.clinicops.scheduling.plans;

public enum SessionKind {

	GROUP, INDIVIDUAL, EDUCATION, MEDICATION_MANAGEMENT, PSYCHIATRIC_EVALUATION

}
