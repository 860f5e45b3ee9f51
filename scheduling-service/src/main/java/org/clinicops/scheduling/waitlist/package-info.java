/** The waitlist in admission order, its promotions into freed seats and its admit-by warnings. */
package org.clinicops.scheduling.waitlist;
