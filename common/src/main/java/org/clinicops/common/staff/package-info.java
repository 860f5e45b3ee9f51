/** Who the signed-in staff member is: their roles as the platform names them. */
package org.clinicops.common.staff;
