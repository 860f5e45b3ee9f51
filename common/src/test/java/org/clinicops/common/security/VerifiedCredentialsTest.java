package org.clinicops.common.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedCredentialsTest {

	private final CountingEncoder hashing = new CountingEncoder();

	private final MovableClock clock = new MovableClock();

	private final VerifiedCredentials credentials = new VerifiedCredentials(this.hashing, Duration.ofMinutes(5),
			this.clock);

	private final String stored = this.hashing.encode("s3cret-pass");

	@Test
	void aCredentialVerifiedAMomentAgoIsNotHashedAgain() {
		assertThat(this.credentials.matches("s3cret-pass", this.stored)).isTrue();
		assertThat(this.credentials.matches("s3cret-pass", this.stored)).isTrue();
		assertThat(this.credentials.matches("s3cret-pass", this.stored)).isTrue();

		assertThat(this.hashing.checks.get()).isEqualTo(1);
	}

	@Test
	void aWrongPasswordIsHashedEveryTimeAndNeverRemembered() {
		assertThat(this.credentials.matches("guess", this.stored)).isFalse();
		assertThat(this.credentials.matches("guess", this.stored)).isFalse();

		assertThat(this.hashing.checks.get()).isEqualTo(2);
		assertThat(this.credentials.remembered()).isZero();
	}

	@Test
	void afterTheRememberedTimeTheCredentialIsHashedAgain() {
		this.credentials.matches("s3cret-pass", this.stored);
		this.clock.advance(Duration.ofMinutes(5));

		assertThat(this.credentials.matches("s3cret-pass", this.stored)).isTrue();
		assertThat(this.hashing.checks.get()).isEqualTo(2);
	}

	@Test
	void aChangedPasswordIsNotFoundUnderTheOldOne() {
		this.credentials.matches("s3cret-pass", this.stored);
		String changed = this.hashing.encode("new-pass-2027");

		assertThat(this.credentials.matches("s3cret-pass", changed)).isFalse();
		assertThat(this.credentials.matches("new-pass-2027", changed)).isTrue();
		assertThat(this.hashing.checks.get()).isEqualTo(3);
	}

	@Test
	void aLockoutForgetsEveryCredential() {
		this.credentials.matches("s3cret-pass", this.stored);

		this.credentials.forgetAll();

		assertThat(this.credentials.matches("s3cret-pass", this.stored)).isTrue();
		assertThat(this.hashing.checks.get()).isEqualTo(2);
	}

	@Test
	void rememberingForZeroHashesEveryTime() {
		VerifiedCredentials everyTime = new VerifiedCredentials(this.hashing, Duration.ZERO, this.clock);

		everyTime.matches("s3cret-pass", this.stored);
		everyTime.matches("s3cret-pass", this.stored);

		assertThat(this.hashing.checks.get()).isEqualTo(2);
	}

	private static final class CountingEncoder implements PasswordEncoder {

		private final PasswordEncoder bcrypt = PasswordEncoderFactories.createDelegatingPasswordEncoder();

		private final AtomicInteger checks = new AtomicInteger();

		@Override
		public String encode(CharSequence rawPassword) {
			return this.bcrypt.encode(rawPassword);
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			this.checks.incrementAndGet();
			return this.bcrypt.matches(rawPassword, encodedPassword);
		}

	}

	private static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-12-02T09:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
