/**
 * Coverage: benefits verification, payer authorizations and the service days they pay for,
 * counted from scheduling's attendance events, with the utilization-review alerts.
 */
package org.clinicops.intake.coverage;
