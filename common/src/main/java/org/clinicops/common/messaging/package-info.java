/** Consuming platform events: envelopes from Kafka headers, typed reading, handling each event once, retries and dead letters. */
package org.clinicops.common.messaging;
