package org.clinicops.intake;

import org.clinicops.testsupport.AccessByRoleContract;
import org.clinicops.testsupport.ClinicIntegrationTest;

/** The README's access table, cell by cell, on the running intake service. */
@ClinicIntegrationTest
class AccessByRoleTest extends AccessByRoleContract {

	@Override
	protected String service() {
		return "intake";
	}

}
