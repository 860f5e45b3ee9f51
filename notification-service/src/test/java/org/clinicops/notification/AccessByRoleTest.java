package org.clinicops.notification;

import org.clinicops.testsupport.AccessByRoleContract;
import org.clinicops.testsupport.ClinicIntegrationTest;

/** The README's access table, cell by cell, on the running notification service. */
@ClinicIntegrationTest
class AccessByRoleTest extends AccessByRoleContract {

	@Override
	protected String service() {
		return "notification";
	}

}
