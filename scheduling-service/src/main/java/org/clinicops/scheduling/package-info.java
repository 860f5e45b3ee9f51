/** The scheduling service: the program after acceptance, from enrollment to discharge. */
package org.clinicops.scheduling;
