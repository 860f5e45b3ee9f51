/** Health indicators that real MongoDB and the MongoDB-wire server both answer, and Kafka's. */
package org.clinicops.common.health;
