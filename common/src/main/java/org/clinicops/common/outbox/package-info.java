/** The in-document outbox: events stored with the state change that raised them, and the relay that publishes them. */
package org.clinicops.common.outbox;
