package org.clinicops.contracts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Any consumer of our topics can take the contracts without our framework. */
class ContractsArchitectureTest {

	private static final JavaClasses CONTRACTS = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.clinicops.contracts");

	@Test
	void contractsDependOnTheJdkAndJacksonOnly() {
		classes().should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("java..", "tools.jackson..", "com.fasterxml.jackson.annotation..", "org.clinicops.contracts..")
			.check(CONTRACTS);
	}

}
