package org.clinicops.scheduling.waitlist;

import org.clinicops.scheduling.enrollment.AdmitByWarnings;
import org.clinicops.scheduling.enrollment.WaitingList;
import org.clinicops.scheduling.groups.OpenGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The waitlist's periodic work, driven by what is stored, so that it survives restarts and runs
 * right on any number of instances: warn staff once when a waitlisted person's admit-by deadline
 * is near, and fill seats a promotion left free (after a crash).
 */
@Component
public class WaitlistSweep {

	private static final Logger log = LoggerFactory.getLogger(WaitlistSweep.class);

	private final OpenGroups open;

	private final AdmitByWarnings admitByWarnings;

	private final WaitlistPromotion promotion;

	private final WaitingList waiting;

	WaitlistSweep(OpenGroups open, AdmitByWarnings admitByWarnings, WaitlistPromotion promotion,
			WaitingList waiting) {
		this.open = open;
		this.waiting = waiting;
		this.admitByWarnings = admitByWarnings;
		this.promotion = promotion;
	}

	@EventListener(ApplicationReadyEvent.class)
	void listStoredWaitlist() {
		try {
			this.waiting.listStored();
			this.admitByWarnings.listStoredWaitlist();
		}
		catch (RuntimeException ex) {
			log.warn("The waitlist stored earlier is listed (in order, and for its warnings) at the next start: {}",
					ex.getMessage());
		}
	}

	@Scheduled(fixedDelayString = "${clinic.scheduling.sweep-interval:60s}",
			initialDelayString = "${clinic.scheduling.sweep-interval:60s}")
	void sweep() {
		try {
			warnNearDeadlines();
			fillFreeSeats();
		}
		catch (RuntimeException ex) {
			log.warn("Waitlist sweep will run again: {}", ex.getMessage());
		}
	}

	/** Warns about every deadline within the warning days not yet warned about; returns how many. */
	public int warnNearDeadlines() {
		return this.admitByWarnings.warnDue();
	}

	/** Promotes into every open group with a seat left; returns how many people were promoted. */
	public int fillFreeSeats() {
		return this.open.withSeatLeft().stream().mapToInt(group -> this.promotion.fill(group.id())).sum();
	}

}
