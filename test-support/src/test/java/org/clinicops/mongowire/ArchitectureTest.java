package org.clinicops.mongowire;

import org.clinicops.testsupport.ModuleArchitecture;

/** The MongoDB-wire support's rules, checked here: test-support is the first module that sees both. */
class ArchitectureTest extends ModuleArchitecture {

	ArchitectureTest() {
		super("org.clinicops.mongowire");
	}

}
