/** Clinicians: therapists with their specialties and caseloads (and the atomic reservation of a place), prescribers, and everyone's working hours. */
package org.clinicops.scheduling.clinicians;
