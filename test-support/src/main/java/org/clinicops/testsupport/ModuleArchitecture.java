package org.clinicops.testsupport;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The rules of the architecture that the Maven build does not enforce, checked on a module's main
 * classes. A module's test extends this with its base package. Maven already keeps a service
 * from depending on another service's module; these rules also keep packages free of cycles, so
 * a cycle fails the build on the day it appears.
 */
public abstract class ModuleArchitecture {

	private static final String PLATFORM = "org.clinicops";

	private static final Set<String> SHARED = Set.of(PLATFORM + ".contracts..", PLATFORM + ".common..");

	private final String basePackage;

	private final Set<String> alsoUsed;

	private final JavaClasses mainClasses;

	/**
	 * The rules for the module of this base package, which may use the modules of the packages
	 * named after it too (the local stack's use of the MongoDB-wire support, say).
	 */
	protected ModuleArchitecture(String basePackage, String... alsoUses) {
		this.basePackage = basePackage;
		this.alsoUsed = Stream.of(alsoUses).map(used -> used + "..").collect(Collectors.toSet());
		this.mainClasses = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(basePackage);
	}

	@Test
	void packagesDependOnEachOtherWithoutCycles() {
		slices().matching(PLATFORM + ".(**)").should().beFreeOfCycles().check(this.mainClasses);
	}

	@Test
	void dependsOnNothingOfOursButItselfTheContractsAndThePlatformKit() {
		String[] allowed = Stream.of(SHARED.stream(), this.alsoUsed.stream(), Stream.of(this.basePackage + ".."))
			.flatMap(packages -> packages)
			.collect(Collectors.toSet())
			.toArray(String[]::new);
		noClasses().should()
			.dependOnClassesThat(resideInAPackage(PLATFORM + "..").and(not(resideInAnyPackage(allowed))))
			.because("services talk through Kafka topics, never through each other's code")
			.check(this.mainClasses);
	}

	@Test
	void mainCodeNeverUsesTheTestSupport() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAPackage(ModuleArchitecture.class.getPackageName() + "..")
			.because("test-support is a test dependency only")
			.check(this.mainClasses);
	}

}
