package org.clinicops.intake.coverage;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Raises the coverage alerts that fall due by the date alone (an authorization ending or at its
 * review date, benefits unverified two days after acceptance): it checks the people whose moment
 * noted has come, each once, one instance each (a claim with a lease); an instance that was down
 * for a while finds them still due.
 */
@Component
public class CoverageSweep {

	/** Longer than one person's check takes, so that no two instances check the same moment at once. */
	private static final Duration CLAIM = Duration.ofMinutes(5);

	private static final Logger log = LoggerFactory.getLogger(CoverageSweep.class);

	private final CoverageService coverage;

	private final CoverageDueDates dueDates;

	private final Clock clock;

	CoverageSweep(CoverageService coverage, CoverageDueDates dueDates, Clock clock) {
		this.coverage = coverage;
		this.dueDates = dueDates;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${clinic.intake.sweep-interval:60s}",
			initialDelayString = "${clinic.intake.sweep-interval:60s}")
	void sweep() {
		try {
			check();
		}
		catch (RuntimeException ex) {
			log.warn("The coverage sweep will run again: {}", ex.getMessage());
		}
	}

	/** Raises what is due for everyone whose moment has come; returns how many checks it made. */
	public int check() {
		return this.dueDates.checkDue(this.clock, CLAIM, this.coverage::raiseDueAlerts);
	}

}
