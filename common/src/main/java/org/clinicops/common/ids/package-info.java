/** Ids derived from what identifies a record, so that a re-run lands on the same document. */
package org.clinicops.common.ids;
