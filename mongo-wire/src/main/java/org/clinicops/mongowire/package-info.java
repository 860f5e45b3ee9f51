/** A query by {@code _id} answered from the {@code _id} index, for the stores built on the MongoDB-wire server. */
package org.clinicops.mongowire;
