package org.clinicops.contracts;

/** What a session a person attends is: a group meeting or an appointment of one of its kinds. */
public enum ClinicalSessionKind {

	GROUP, INDIVIDUAL, MEDICATION_MANAGEMENT, PSYCHIATRIC_EVALUATION

}
