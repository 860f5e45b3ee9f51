/** Groups, their meetings and rosters, the matching rules and the atomic reservation of a seat. */
package org.clinicops.scheduling.groups;
