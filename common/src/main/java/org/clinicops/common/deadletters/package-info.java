/** Records parked on dead-letter topics: listing them for operations and replaying them once. */
package org.clinicops.common.deadletters;
