/** The clinician's review of a request: screening and deciding, through the API and the review page. */
package org.clinicops.intake.review;
