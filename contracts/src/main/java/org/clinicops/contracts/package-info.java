/** What travels on the platform's topics: event records, their versioned types, topic names and CloudEvents headers. */
package org.clinicops.contracts;
