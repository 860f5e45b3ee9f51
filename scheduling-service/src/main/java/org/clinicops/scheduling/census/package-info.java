/** The director's live census, kept from scheduling's records and the urgent alerts on the alerts topic. */
package org.clinicops.scheduling.census;
