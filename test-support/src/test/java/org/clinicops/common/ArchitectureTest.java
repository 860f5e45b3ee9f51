package org.clinicops.common;

import org.clinicops.testsupport.ModuleArchitecture;

/** The platform kit's rules, checked here: test-support is the first module that sees both. */
class ArchitectureTest extends ModuleArchitecture {

	ArchitectureTest() {
		super("org.clinicops.common");
	}

}
