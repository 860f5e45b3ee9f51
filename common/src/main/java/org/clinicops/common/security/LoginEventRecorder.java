package org.clinicops.common.security;

import java.util.List;
import java.util.Map;

import org.clinicops.common.audit.AuditLog;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

/**
 * Failed logins are counted towards a lockout and, like the lockout itself, written to the audit
 * log; a lockout makes every remembered credential be checked again.
 */
class LoginEventRecorder {

	private final LoginLockout lockout;

	private final VerifiedCredentials credentials;

	private final AuditLog auditLog;

	LoginEventRecorder(LoginLockout lockout, VerifiedCredentials credentials, AuditLog auditLog) {
		this.lockout = lockout;
		this.credentials = credentials;
		this.auditLog = auditLog;
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)) {
			// A refused bearer token is no login attempt of an account, and its name is the token.
			return;
		}
		String account = event.getAuthentication().getName();
		if (event instanceof AuthenticationFailureLockedEvent) {
			audit(account, "LOGIN_REFUSED", "REFUSED account locked");
			return;
		}
		audit(account, "LOGIN_FAILED", "REFUSED " + event.getException().getClass().getSimpleName());
		if (this.lockout.failed(account)) {
			this.credentials.forgetAll();
			audit(account, "ACCOUNT_LOCKED", "SUCCEEDED");
		}
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		this.lockout.succeeded(event.getAuthentication().getName());
	}

	private void audit(String account, String action, String outcome) {
		this.auditLog.append(account, List.of(), action, "staff-login", List.of(), "login", outcome, Map.of());
	}

}
