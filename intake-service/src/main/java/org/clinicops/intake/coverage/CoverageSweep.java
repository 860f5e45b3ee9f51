package org.clinicops.intake.coverage;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Raises the coverage alerts that fall due by the date alone (an authorization ending or at its
 * review date, benefits unverified two days after acceptance). It looks at the people noted for
 * today and the two weeks before, so an instance that was down for a while catches up.
 */
@Component
public class CoverageSweep {

	static final int DAYS_BACK = 14;

	private static final Logger log = LoggerFactory.getLogger(CoverageSweep.class);

	private final CoverageService coverage;

	private final CoverageDueDates dueDates;

	CoverageSweep(CoverageService coverage, CoverageDueDates dueDates) {
		this.coverage = coverage;
		this.dueDates = dueDates;
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

	/** Raises what is due for everyone noted on the dates looked at; returns how many people it looked at. */
	public int check() {
		LocalDate today = this.coverage.today();
		Set<String> noted = new LinkedHashSet<>();
		for (LocalDate day = today.minusDays(DAYS_BACK); !day.isAfter(today); day = day.plusDays(1)) {
			noted.addAll(this.dueDates.on(day));
		}
		noted.forEach(this.coverage::raiseDueAlerts);
		return noted.size();
	}

}
