package org.clinicops.common.staff;

import java.util.EnumSet;
import java.util.Set;

import org.clinicops.contracts.StaffRole;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The staff roles of a login: its {@code ROLE_} authorities that name a role (not, say, a login factor). */
public final class StaffRoles {

	private static final String PREFIX = "ROLE_";

	public static Set<StaffRole> of(Authentication login) {
		Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
		for (GrantedAuthority authority : login.getAuthorities()) {
			String name = authority.getAuthority();
			if (name != null && name.startsWith(PREFIX)) {
				for (StaffRole role : StaffRole.values()) {
					if (role.name().equals(name.substring(PREFIX.length()))) {
						roles.add(role);
					}
				}
			}
		}
		return roles;
	}

	private StaffRoles() {
	}

}
