/** Enrollments: one per accepted evaluation, placed in a seat (or waitlisted), transferred and discharged, with their plans. */
package org.clinicops.scheduling.enrollment;
