package org.clinicops.common.security;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Staff accounts. They come from the environment
 * ({@code CLINIC_SECURITY_USERS_<NAME>_PASSWORD}, {@code CLINIC_SECURITY_USERS_<NAME>_ROLES}); there
 * is no default account, and a service without any refuses to start.
 *
 * @param users staff accounts by user name
 */
@ConfigurationProperties("clinic.security")
public record StaffSecurityProperties(@DefaultValue Map<String, StaffAccount> users) {

	/**
	 * @param password the password, in plain text (hashed at start) or already encoded as
	 * {@code {bcrypt}...}
	 * @param roles the staff roles of the account
	 */
	public record StaffAccount(String password, List<String> roles) {
	}

}
