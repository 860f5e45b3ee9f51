package org.clinicops.intake.review;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.clinicops.common.outbox.OutboxRelay;
import org.clinicops.common.web.InvalidFieldException;
import org.clinicops.intake.IntakeMetrics;
import org.clinicops.intake.request.EvaluationRequest;
import org.clinicops.intake.request.EvaluationRequestService;
import org.clinicops.intake.request.EvaluationRequests;
import org.clinicops.intake.screening.DecisionForm;
import org.clinicops.intake.screening.LevelOfCareRules;
import org.clinicops.intake.screening.Screening;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** A clinician's screening and decision on an evaluation request. */
@Service
public class ClinicalReview {

	private final EvaluationRequestService requests;

	private final EvaluationRequests repository;

	private final LevelOfCareRules rules = new LevelOfCareRules();

	private final OutboxRelay relay;

	private final IntakeMetrics metrics;

	private final Clock clock;

	private final int lateEntryDays;

	ClinicalReview(EvaluationRequestService requests, EvaluationRequests repository, OutboxRelay relay,
			IntakeMetrics metrics, Clock clock, @Value("${clinic.intake.late-entry-days}") int lateEntryDays) {
		this.lateEntryDays = lateEntryDays;
		this.requests = requests;
		this.repository = repository;
		this.relay = relay;
		this.metrics = metrics;
		this.clock = clock;
	}

	public EvaluationRequest screen(String id, Screening screening, String clinician) {
		EvaluationRequest request = this.requests.get(id);
		boolean riskFlagRaised = request.screen(screening, this.rules.recommend(screening), clinician,
				this.clock.instant());
		EvaluationRequest saved = this.repository.save(request);
		saved.latestScreening().ifPresent(latest -> this.metrics.screened(latest.recommendation().levelOfCare()));
		if (riskFlagRaised) {
			this.relay.publishNow(EvaluationRequest.class, saved.id());
			this.metrics.riskFlagRaised();
		}
		return saved;
	}

	public EvaluationRequest decide(String id, DecisionForm form, String clinician) {
		EvaluationRequest request = this.requests.get(id);
		Instant now = this.clock.instant();
		LocalDate earliest = LocalDate.ofInstant(now, this.clock.getZone()).minusDays(this.lateEntryDays);
		if (form.startDate() != null && form.startDate().isBefore(earliest)) {
			// An admission entered late may start up to the limit back; its group meetings since then are open for attendance.
			throw new InvalidFieldException("startDate", "may lie at most " + this.lateEntryDays + " days back");
		}
		request.decide(form, clinician, nextProgramStart(now), now);
		EvaluationRequest saved = this.repository.save(request);
		this.metrics.decided(form.outcome().name(), form.levelOfCare());
		return saved;
	}

	/** New IOP members join on the next Monday: groups are open and rolling, week by week. */
	private LocalDate nextProgramStart(Instant now) {
		return LocalDate.ofInstant(now, this.clock.getZone()).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
	}

}
