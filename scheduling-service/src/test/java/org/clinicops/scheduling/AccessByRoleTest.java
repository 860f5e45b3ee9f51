package org.clinicops.scheduling;

import org.clinicops.testsupport.AccessByRoleContract;
import org.clinicops.testsupport.ClinicIntegrationTest;

/** The README's access table, cell by cell, on the running scheduling service. */
@ClinicIntegrationTest
class AccessByRoleTest extends AccessByRoleContract {

	@Override
	protected String service() {
		return "scheduling";
	}

}
