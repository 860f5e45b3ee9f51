package org.clinicops.common.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * bcrypt is slow on purpose (tens of milliseconds a check), and an API client with HTTP Basic sends
 * its password with every request. A credential verified within the last few minutes is taken as
 * verified again. It is remembered only as a keyed hash (HMAC-SHA256 under a key made at random when
 * the service starts and never stored) of the stored password hash and the password sent: never the
 * password, and nothing that can be tried offline. A changed password has another stored hash, so
 * its old credential is not found; a lockout forgets every credential.
 */
public class VerifiedCredentials implements PasswordEncoder {

	static final int MAX_REMEMBERED = 10_000;

	private static final String ALGORITHM = "HmacSHA256";

	private final PasswordEncoder hashing;

	private final Duration rememberFor;

	private final Clock clock;

	private final SecretKeySpec key;

	private final Map<String, Instant> verifiedUntil = new ConcurrentHashMap<>();

	public VerifiedCredentials(PasswordEncoder hashing, Duration rememberFor, Clock clock) {
		this.hashing = hashing;
		this.rememberFor = rememberFor;
		this.clock = clock;
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, ALGORITHM);
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return this.hashing.encode(rawPassword);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		if (rawPassword == null || encodedPassword == null || this.rememberFor.isZero()) {
			return this.hashing.matches(rawPassword, encodedPassword);
		}
		String credential = keyedHash(encodedPassword, rawPassword);
		Instant now = this.clock.instant();
		Instant until = this.verifiedUntil.get(credential);
		if (until != null && now.isBefore(until)) {
			return true;
		}
		boolean matches = this.hashing.matches(rawPassword, encodedPassword);
		if (matches) {
			if (this.verifiedUntil.size() >= MAX_REMEMBERED) {
				this.verifiedUntil.clear();
			}
			this.verifiedUntil.put(credential, now.plus(this.rememberFor));
		}
		else {
			this.verifiedUntil.remove(credential);
		}
		return matches;
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return this.hashing.upgradeEncoding(encodedPassword);
	}

	/** After a lockout nothing is taken on trust: every credential is checked against its hash again. */
	public void forgetAll() {
		this.verifiedUntil.clear();
	}

	int remembered() {
		return this.verifiedUntil.size();
	}

	private String keyedHash(String encodedPassword, CharSequence rawPassword) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			mac.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(mac.doFinal());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

}
