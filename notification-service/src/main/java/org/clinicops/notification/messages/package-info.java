/** Minimal patient messages by e-mail or SMS, from the contacts topic, with retries and cancellation. */
package org.clinicops.notification.messages;
