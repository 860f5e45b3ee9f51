/** The notification service: staff alerts and patient messages raised from the platform's events. */
package org.clinicops.notification;
