package org.clinicops.intake;

import org.clinicops.testsupport.ModuleArchitecture;

class ArchitectureTest extends ModuleArchitecture {

	ArchitectureTest() {
		super("org.clinicops.intake");
	}

}
