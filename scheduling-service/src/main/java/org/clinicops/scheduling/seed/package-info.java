/** The demo program of groups and therapists that the local stack starts with. */
package org.clinicops.scheduling.seed;
