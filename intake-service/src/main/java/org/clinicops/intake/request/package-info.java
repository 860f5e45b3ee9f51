/** The evaluation request: the public form and API, its life cycle, consent, contacts and the intake queue. */
package org.clinicops.intake.request;
