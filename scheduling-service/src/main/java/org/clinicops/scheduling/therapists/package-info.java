/** Therapists, their specialties and caseloads, and the atomic reservation of a caseload place. */
package org.clinicops.scheduling.therapists;
