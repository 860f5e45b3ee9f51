/** A person's weekly plan derived from group meetings and the track's hours, and its iCalendar form, in plain Java. */
package org.clinicops.scheduling.plans;
