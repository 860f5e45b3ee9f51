package org.clinicops.intake.request;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.clinicops.common.web.RecordNotFoundException;
import org.clinicops.intake.IntakeMetrics;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

@Service
public class EvaluationRequestService {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "receivedAt");

	private final EvaluationRequests requests;

	private final IntakeMetrics metrics;

	private final Clock clock;

	EvaluationRequestService(EvaluationRequests requests, IntakeMetrics metrics, Clock clock) {
		this.requests = requests;
		this.metrics = metrics;
		this.clock = clock;
	}

	/**
	 * Stores a new request. With an idempotency key the request's id is derived from the key, so a
	 * retried submission, even one racing the first, finds the first request instead of adding one.
	 */
	public EvaluationRequest submit(EvaluationRequestForm form, String idempotencyKey) {
		String id = (idempotencyKey != null)
				? UUID.nameUUIDFromBytes(("idempotency-key:" + idempotencyKey).getBytes(StandardCharsets.UTF_8)).toString()
				: UUID.randomUUID().toString();
		if (idempotencyKey != null) {
			var first = this.requests.findById(id);
			if (first.isPresent()) {
				return first.get();
			}
		}
		try {
			EvaluationRequest request = this.requests.insert(EvaluationRequest.submit(id, form, this.clock.instant()));
			this.metrics.requestReceived(request.source());
			return request;
		}
		catch (DuplicateKeyException ex) {
			return this.requests.findById(id).orElseThrow(() -> ex);
		}
	}

	public EvaluationRequest get(String id) {
		return this.requests.findById(id).orElseThrow(() -> new RecordNotFoundException("evaluation request", id));
	}

	public List<EvaluationRequest> list(EvaluationStatus status) {
		return (status != null) ? this.requests.findByStatus(status, NEWEST_FIRST) : this.requests.findAll(NEWEST_FIRST);
	}

}
