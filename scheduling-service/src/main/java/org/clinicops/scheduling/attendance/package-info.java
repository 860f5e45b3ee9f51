/** The sessions of a day (group meetings from the roster, appointments from the calendars) and who attended them. */
package org.clinicops.scheduling.attendance;
