package org.clinicops.common.security;

import java.time.Duration;
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
 * @param lockout when repeated failed logins lock an account
 * @param jwt how an identity provider's tokens name the staff member and their roles
 * @param rememberVerifiedFor how long a verified password is taken as verified again without
 * hashing it (0 to hash every time)
 */
@ConfigurationProperties("clinic.security")
public record StaffSecurityProperties(@DefaultValue Map<String, StaffAccount> users, @DefaultValue Lockout lockout,
		@DefaultValue Jwt jwt, @DefaultValue("5m") Duration rememberVerifiedFor) {

	/**
	 * @param rolesClaim the claim listing the staff roles ({@code INTAKE_COORDINATOR}, ...)
	 * @param nameClaim the claim naming the staff member in audit entries and records
	 */
	public record Jwt(@DefaultValue("roles") String rolesClaim, @DefaultValue("preferred_username") String nameClaim) {
	}

	/**
	 * @param maxFailures failed logins within {@code duration} that lock the account
	 * @param duration how long the account then stays locked
	 */
	public record Lockout(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration duration) {
	}

	/**
	 * @param password the password, in plain text (hashed at start) or already encoded as
	 * {@code {bcrypt}...}
	 * @param roles the staff roles of the account
	 */
	public record StaffAccount(String password, List<String> roles) {
	}

}
