/** Screening criteria, the level-of-care rules and the shape of a clinician's decision, in plain Java. */
package org.clinicops.intake.screening;
