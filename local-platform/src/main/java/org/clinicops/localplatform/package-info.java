/** The local stack: a Kafka broker and a MongoDB-wire server in-process, and the three services as processes. */
package org.clinicops.localplatform;
