/** Appointments on clinicians' and people's calendars: booked without double-booking anyone, listed by week, cancelled. */
package org.clinicops.scheduling.calendar;
