/** Staff alerts: raised once per event and recipient, the inbox, acknowledgement, escalation and the live stream. */
package org.clinicops.notification.alerts;
