package org.clinicops.localplatform;

import org.clinicops.testsupport.ModuleArchitecture;

class ArchitectureTest extends ModuleArchitecture {

	ArchitectureTest() {
		super("org.clinicops.localplatform", "org.clinicops.mongowire");
	}

}
