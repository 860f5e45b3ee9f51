package org.clinicops.common.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.clinicops.common.audit.AuditLog;
import org.clinicops.common.web.ProblemResponses;
import org.clinicops.contracts.StaffRole;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The platform's security: every endpoint and page needs a staff login (HTTP Basic for the API, a
 * login form for the pages) except health and what a service's {@link EndpointAccess} opens;
 * roles are checked by that table before a request reaches a controller; actuator endpoints
 * other than health need OPS. Where an identity provider is configured
 * ({@code spring.security.oauth2.resourceserver.jwt.*}), the API also takes its JWT bearer tokens.
 */
@AutoConfiguration
@EnableConfigurationProperties(StaffSecurityProperties.class)
public class StaffSecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	/** The API and actuator: stateless HTTP Basic, problem details for a missing login or role. */
	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ObjectProvider<EndpointAccess> serviceAccess,
			ObjectProvider<JwtDecoder> identityProvider, StaffSecurityProperties properties) throws Exception {
		http.securityMatcher("/api/**", "/actuator/**")
			.authorizeHttpRequests(requests -> {
				serviceAccess.orderedStream().forEach(access -> access.declare(requests));
				requests.requestMatchers("/api/ops/**").hasRole(StaffRole.OPS.name());
				requests.requestMatchers("/api/audit").hasRole(StaffRole.PROGRAM_DIRECTOR.name());
				requests.requestMatchers("/actuator/health", "/actuator/health/**").permitAll();
				requests.requestMatchers("/actuator/**").hasRole(StaffRole.OPS.name());
				requests.anyRequest().authenticated();
			})
			.httpBasic(basic -> basic.authenticationEntryPoint(ProblemAuthenticationHandlers.loginRequired()))
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint(ProblemAuthenticationHandlers.loginRequired())
				.accessDeniedHandler(ProblemAuthenticationHandlers.roleRequired()))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// Stateless with HTTP Basic: no cookie a forged cross-site request could ride on.
			.csrf(csrf -> csrf.disable());
		if (identityProvider.getIfAvailable() != null) {
			http.oauth2ResourceServer(bearer -> bearer
				.authenticationEntryPoint(ProblemAuthenticationHandlers.loginRequired())
				.jwt(jwt -> jwt.jwtAuthenticationConverter(IdentityProviderTokens.converter(properties.jwt()))));
		}
		securityHeaders(http);
		return http.build();
	}

	/**
	 * The staff pages: a login form and a session (its cookie named per service, since browsers
	 * share cookies across a host's ports), CSRF tokens on every form.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http, ObjectProvider<EndpointAccess> serviceAccess)
			throws Exception {
		http.authorizeHttpRequests(requests -> {
			serviceAccess.orderedStream().forEach(access -> access.declare(requests));
			requests.requestMatchers("/login", "/error", "/clinic-ops/**", "/favicon.ico").permitAll();
			requests.anyRequest().authenticated();
		})
			.formLogin(login -> login.loginPage("/login").permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"));
		securityHeaders(http);
		return http.build();
	}

	/**
	 * Pages load scripts, styles and data only from their own service and may not be framed;
	 * responses are not sniffed, cached or sent on as referrers (URLs hold record ids); HSTS
	 * whenever the request came over TLS (directly or through a trusted proxy).
	 */
	private static void securityHeaders(HttpSecurity http) throws Exception {
		http.headers(headers -> headers
			.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions(frames -> frames.deny())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
			.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(Duration.ofDays(365).toSeconds())));
	}

	/** A URL the firewall refuses (an encoded NUL, percent or slash) is answered like any bad request. */
	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return (request, response, ex) -> ProblemResponses.write(response, HttpStatus.BAD_REQUEST, "Malformed request",
				"The URL contains characters no request of this service uses.");
	}

	@Bean
	VerifiedCredentials passwordEncoder(StaffSecurityProperties properties, Clock clock) {
		return new VerifiedCredentials(PasswordEncoderFactories.createDelegatingPasswordEncoder(),
				properties.rememberVerifiedFor(), clock);
	}

	@Bean
	UserDetailsService staffAccounts(StaffSecurityProperties properties, PasswordEncoder encoder, LoginLockout lockout) {
		Map<String, StaffSecurityProperties.StaffAccount> users = properties.users();
		if (users.isEmpty()) {
			throw new IllegalStateException("No staff accounts are configured. Set at least one with the environment "
					+ "variables CLINIC_SECURITY_USERS_<NAME>_PASSWORD and CLINIC_SECURITY_USERS_<NAME>_ROLES "
					+ "(roles among " + List.of(StaffRole.values()) + "); there is no default account.");
		}
		List<UserDetails> accounts = users.entrySet().stream().map(entry -> account(entry.getKey(), entry.getValue(), encoder)).toList();
		InMemoryUserDetailsManager configured = new InMemoryUserDetailsManager(accounts);
		// Checked before the password, so a locked account costs no hashing either.
		return username -> User.withUserDetails(configured.loadUserByUsername(username))
			.accountLocked(lockout.isLocked(username))
			.build();
	}

	@Bean
	LoginLockout loginLockout(StaffSecurityProperties properties, Clock clock) {
		return new LoginLockout(properties.users().keySet(), properties.lockout().maxFailures(),
				properties.lockout().duration(), clock);
	}

	@Bean
	LoginEventRecorder loginEvents(LoginLockout lockout, VerifiedCredentials credentials, AuditLog auditLog) {
		return new LoginEventRecorder(lockout, credentials, auditLog);
	}

	private static String knownRole(String account, String role) {
		try {
			return StaffRole.valueOf(role.trim()).name();
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("Staff account '" + account + "' has the unknown role '" + role
					+ "'; roles are " + List.of(StaffRole.values()) + ".");
		}
	}

	private static UserDetails account(String name, StaffSecurityProperties.StaffAccount account,
			PasswordEncoder encoder) {
		if (account.password() == null || account.password().isBlank()) {
			throw new IllegalStateException("Staff account '" + name + "' has no password.");
		}
		String password = account.password().startsWith("{") ? account.password() : encoder.encode(account.password());
		String[] roles = account.roles().stream().map(role -> knownRole(name, role)).toArray(String[]::new);
		return User.withUsername(name).password(password).roles(roles).build();
	}

}
