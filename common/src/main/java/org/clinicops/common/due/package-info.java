/** What is due when, kept apart from the records it concerns, so a sweep reads only what is due. */
package org.clinicops.common.due;
