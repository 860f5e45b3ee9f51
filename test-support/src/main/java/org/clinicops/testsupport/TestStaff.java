package org.clinicops.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;

import org.clinicops.contracts.StaffRole;

/** The staff accounts of the tests, one per role, all with one test-only password. */
public enum TestStaff {

	COORDINATOR(StaffRole.INTAKE_COORDINATOR), CLINICIAN(StaffRole.CLINICIAN), SCHEDULER(StaffRole.SCHEDULER),
	DIRECTOR(StaffRole.PROGRAM_DIRECTOR), OPS(StaffRole.OPS);

	public static final String PASSWORD = "test-only-password";

	private final StaffRole role;

	TestStaff(StaffRole role) {
		this.role = role;
	}

	public String username() {
		return name().toLowerCase();
	}

	public StaffRole role() {
		return this.role;
	}

	/** The accounts as a service's environment variables, the way production configures them. */
	public static Map<String, String> asEnvironment() {
		Map<String, String> environment = new LinkedHashMap<>();
		for (TestStaff staff : values()) {
			environment.put("CLINIC_SECURITY_USERS_" + staff.name() + "_PASSWORD", PASSWORD);
			environment.put("CLINIC_SECURITY_USERS_" + staff.name() + "_ROLES", staff.role.name());
		}
		return environment;
	}

	/** The accounts as Spring properties, for a service started inside a test. */
	public static Map<String, String> asProperties() {
		Map<String, String> properties = new LinkedHashMap<>();
		for (TestStaff staff : values()) {
			properties.put("clinic.security.users." + staff.username() + ".password", PASSWORD);
			properties.put("clinic.security.users." + staff.username() + ".roles", staff.role.name());
		}
		return properties;
	}

}
