package org.clinicops.scheduling;

import org.clinicops.testsupport.ModuleArchitecture;

class ArchitectureTest extends ModuleArchitecture {

	ArchitectureTest() {
		super("org.clinicops.scheduling");
	}

}
