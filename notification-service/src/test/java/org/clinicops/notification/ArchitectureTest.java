package org.clinicops.notification;

import org.clinicops.testsupport.ModuleArchitecture;

class ArchitectureTest extends ModuleArchitecture {

	ArchitectureTest() {
		super("org.clinicops.notification");
	}

}
