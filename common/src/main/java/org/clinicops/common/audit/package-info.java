/** The append-only audit log of who read or changed a person's record, and when. */
package org.clinicops.common.audit;
