package org.clinicops.intake.coverage;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.clinicops.common.web.StateConflictException;
import org.clinicops.contracts.AttendanceRecorded;
import org.clinicops.contracts.EvaluationAccepted;
import org.clinicops.contracts.LevelOfCare;
import org.clinicops.intake.request.EvaluationRequest;
import org.clinicops.intake.request.EvaluationRequestService;
import org.clinicops.intake.request.EvaluationStatus;
import org.clinicops.intake.screening.DecisionOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Changes a person's coverage: each change reads the one coverage document by id, raises what it
 * makes due, and writes it back conditionally with its events.
 */
@Service
public class CoverageService implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(CoverageService.class);

	private final Coverages coverages;

	private final EvaluationRequestService requests;

	private final CoverageDueDates dueDates;

	private final UnderReview underReview;

	private final CoverageMetrics metrics;

	private final Clock clock;

	private final ZoneId clinicZone;

	CoverageService(Coverages coverages, EvaluationRequestService requests, CoverageDueDates dueDates,
			UnderReview underReview, CoverageMetrics metrics, Clock clock,
			@Value("${clinic.intake.time-zone}") ZoneId clinicZone) {
		this.coverages = coverages;
		this.requests = requests;
		this.dueDates = dueDates;
		this.underReview = underReview;
		this.metrics = metrics;
		this.clock = clock;
		this.clinicZone = clinicZone;
	}

	/** The person's coverage as stored, or an empty one (404 for an unknown request). */
	public Coverage of(String evaluationId) {
		return this.coverages.findById(evaluationId).orElseGet(() -> opened(this.requests.get(evaluationId)));
	}

	public Coverage verify(String evaluationId, BenefitsForm form, String coordinator) {
		return change(evaluationId, coverage -> {
			coverage.verify(form, coordinator, this.clock.instant());
			return coverage;
		});
	}

	public Authorization authorize(String evaluationId, AuthorizationForm form, String coordinator) {
		EvaluationRequest request = this.requests.get(evaluationId);
		if (request.status() != EvaluationStatus.ACCEPTED) {
			throw new StateConflictException("The request is " + request.status()
					+ "; authorizations are recorded for an accepted evaluation.");
		}
		LevelOfCare accepted = request.decision().levelOfCare();
		of(evaluationId).requireRecordable(form, accepted);
		// Noted before the write: should the write fail, an extra date only makes the sweep look once for nothing.
		for (LocalDate date : CoverageAlerts.datesToCheck(form.to(), form.nextReviewDate())) {
			if (date.isAfter(today())) {
				this.dueDates.add(date, evaluationId);
			}
		}
		return change(evaluationId,
				coverage -> coverage.authorize(form, accepted, coordinator, this.clock.instant()));
	}

	/** Scheduling recorded attendance: the person's service days follow it. Unknown people are passed over. */
	public void attendanceRecorded(AttendanceRecorded recorded) {
		if (!this.coverages.existsById(recorded.evaluationId()) && !this.requests.exists(recorded.evaluationId())) {
			return;
		}
		AttendanceMark mark = new AttendanceMark(recorded.sessionId(), recorded.sessionStart().toLocalDate(),
				recorded.status().attended(), recorded.recordedAt());
		boolean dayWasCounted = change(recorded.evaluationId(), coverage -> coverage.attend(mark));
		if (dayWasCounted) {
			this.metrics.serviceDaysChanged(mark.attended() ? 1 : 0, mark.attended() ? 0 : 1);
		}
	}

	/** The person was accepted: unverified benefits alert the coordinators two days later. */
	public void accepted(EvaluationAccepted accepted) {
		this.dueDates.add(accepted.acceptedAt().plus(CoverageAlerts.VERIFY_WITHIN), accepted.evaluationId());
		change(accepted.evaluationId(), coverage -> {
			coverage.accepted(accepted.acceptedAt());
			return coverage;
		});
	}

	/**
	 * Raises what has fallen due for one person by the date alone; writes only when something was
	 * raised, since the sweep looks at every person noted in its window every pass.
	 */
	void raiseDueAlerts(String evaluationId) {
		Coverage coverage = this.coverages.findById(evaluationId).orElse(null);
		if (coverage == null) {
			return;
		}
		LocalDate listedUntil = coverage.reviewUntil();
		List<CoverageAlerts.Due> raised = coverage.raiseDueAlerts(today(), this.clock.instant());
		if (raised.isEmpty()) {
			return;
		}
		listForReview(coverage, listedUntil);
		try {
			this.coverages.save(coverage);
		}
		catch (OptimisticLockingFailureException ex) {
			// Changed meanwhile: every change raises what is due as it writes.
			return;
		}
		raised.forEach(due -> this.metrics.alertRaised(due.reason()));
	}

	/** Persons listed on the utilization-review page. */
	List<Coverage> underReview() {
		LocalDate today = today();
		return this.coverages.findByIdInAndReviewUntilGreaterThanEqual(this.underReview.on(today), today);
	}

	/**
	 * Lists the people under review whose coverage was stored before they were listed, once per
	 * start: one search of the coverage, and a write only for someone not listed yet, after which the
	 * page reads by id.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		try {
			LocalDate today = today();
			Set<String> listed = new HashSet<>(this.underReview.on(today));
			this.coverages.findByReviewUntilGreaterThanEqual(today)
				.stream()
				.filter(coverage -> !listed.contains(coverage.id()))
				.forEach(coverage -> this.underReview.list(coverage.id(), coverage.reviewUntil()));
		}
		catch (RuntimeException ex) {
			log.warn("The people under review stored before they were listed are listed at the next start: {}",
					ex.getMessage());
		}
	}

	LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.clinicZone);
	}

	/**
	 * A coordinator's change and an event's change to one person meet on the document's version:
	 * the loser reads it again and applies its change once more, since every change is made from
	 * what is stored. Each loss means another change was stored, so the tries bound how many
	 * changes to one person may meet at once.
	 */
	private <T> T change(String evaluationId, Function<Coverage, T> change) {
		for (int attempt = 0;; attempt++) {
			try {
				return changeOnce(evaluationId, change);
			}
			catch (OptimisticLockingFailureException | DuplicateKeyException ex) {
				if (attempt == 9) {
					throw ex;
				}
			}
		}
	}

	private <T> T changeOnce(String evaluationId, Function<Coverage, T> change) {
		Coverage stored = this.coverages.findById(evaluationId).orElse(null);
		Coverage coverage = (stored != null) ? stored : opened(this.requests.get(evaluationId));
		LocalDate listedUntil = coverage.reviewUntil();
		T result = change.apply(coverage);
		List<CoverageAlerts.Due> raised = coverage.raiseDueAlerts(today(), this.clock.instant());
		listForReview(coverage, listedUntil);
		if (stored == null) {
			this.coverages.insert(coverage);
		}
		else {
			this.coverages.save(coverage);
		}
		raised.forEach(due -> this.metrics.alertRaised(due.reason()));
		return result;
	}

	/** Listed before the coverage is written, and only when its last date on the page moved. */
	private void listForReview(Coverage coverage, LocalDate listedUntil) {
		LocalDate until = coverage.reviewUntil();
		if (until != null && !until.equals(listedUntil)) {
			this.underReview.list(coverage.id(), until);
		}
	}

	private static Coverage opened(EvaluationRequest request) {
		Coverage coverage = Coverage.open(request.id(), request.initials(), !request.selfPay(), request.correlationId());
		if (request.decision() != null && request.decision().outcome() == DecisionOutcome.ACCEPTED) {
			coverage.accepted(request.decision().decidedAt());
		}
		return coverage;
	}

}
