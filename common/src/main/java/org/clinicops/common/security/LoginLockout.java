package org.clinicops.common.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Locks a staff account for a while after too many failed logins in a row within that while. Only
 * the service's own accounts are counted, so guessed user names cannot fill memory.
 */
public class LoginLockout {

	private final Set<String> accounts;

	private final int maxFailures;

	private final Duration lockFor;

	private final Clock clock;

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	private final Map<String, Instant> lockedUntil = new ConcurrentHashMap<>();

	public LoginLockout(Set<String> accounts, int maxFailures, Duration lockFor, Clock clock) {
		this.accounts = Set.copyOf(accounts);
		this.maxFailures = maxFailures;
		this.lockFor = lockFor;
		this.clock = clock;
	}

	public boolean isLocked(String account) {
		Instant until = this.lockedUntil.get(account);
		if (until != null && !this.clock.instant().isBefore(until)) {
			this.lockedUntil.remove(account, until);
			return false;
		}
		return until != null;
	}

	/** Counts a failed login; answers whether this one locked the account. */
	public boolean failed(String account) {
		if (!this.accounts.contains(account) || isLocked(account)) {
			return false;
		}
		Instant now = this.clock.instant();
		Deque<Instant> recent = this.failures.computeIfAbsent(account, name -> new ArrayDeque<>());
		synchronized (recent) {
			recent.addLast(now);
			while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(this.lockFor))) {
				recent.removeFirst();
			}
			if (recent.size() < this.maxFailures) {
				return false;
			}
			recent.clear();
		}
		this.lockedUntil.put(account, now.plus(this.lockFor));
		return true;
	}

	public void succeeded(String account) {
		Deque<Instant> recent = this.failures.get(account);
		if (recent != null) {
			synchronized (recent) {
				recent.clear();
			}
		}
	}

}
