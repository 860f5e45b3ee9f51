package org.clinicops.intake.request;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.clinicops.common.ids.DerivedIds;
import org.clinicops.common.web.ListPage;
import org.clinicops.common.web.RecordNotFoundException;
import org.clinicops.contracts.Focus;
import org.clinicops.intake.IntakeMetrics;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

@Service
public class EvaluationRequestService {

	private final EvaluationRequests requests;

	private final MongoTemplate mongo;

	private final IntakeMetrics metrics;

	private final Clock clock;

	EvaluationRequestService(EvaluationRequests requests, MongoTemplate mongo, IntakeMetrics metrics, Clock clock) {
		this.requests = requests;
		this.mongo = mongo;
		this.metrics = metrics;
		this.clock = clock;
	}

	/**
	 * Stores a new request. With an idempotency key the request's id is derived from the key, so a
	 * retried submission, even one racing the first, finds the first request instead of adding one.
	 */
	public EvaluationRequest submit(EvaluationRequestForm form, String idempotencyKey) {
		String id = (idempotencyKey != null)
				? DerivedIds.of("idempotency-key", idempotencyKey)
				: UUID.randomUUID().toString();
		if (idempotencyKey != null) {
			var first = this.requests.findById(id).or(() -> this.requests.findById(idBeforeDerivedIds(idempotencyKey)));
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

	/**
	 * The id a keyed submission was stored under before every derived id took one form; a client
	 * that retries such a submission across the upgrade still gets its first answer.
	 */
	private static String idBeforeDerivedIds(String idempotencyKey) {
		return UUID.nameUUIDFromBytes(("idempotency-key:" + idempotencyKey).getBytes(StandardCharsets.UTF_8)).toString();
	}

	public boolean exists(String id) {
		return this.requests.existsById(id);
	}

	public EvaluationRequest get(String id) {
		return this.requests.findById(id).orElseThrow(() -> new RecordNotFoundException("evaluation request", id));
	}

	/** One page of the requests, newest first, optionally of one status and with one concern among theirs. */
	public List<EvaluationRequest> page(EvaluationStatus status, Focus concern, ListPage page) {
		Criteria criteria = new Criteria();
		if (status != null) {
			criteria.and("status").is(status);
		}
		if (concern != null) {
			criteria.and("concerns").is(concern);
		}
		return this.mongo.find(page.narrow(criteria, "receivedAt"), EvaluationRequest.class);
	}

	public EvaluationRequest withdraw(String id, String recordedBy) {
		EvaluationRequest request = get(id);
		request.withdraw(recordedBy, this.clock.instant());
		return this.requests.save(request);
	}

	/**
	 * Scheduling discharged the person: intake removes their contact from the contacts topic. A
	 * discharge of an evaluation intake does not know has no contact to remove.
	 */
	public void forgetContactAfterDischarge(String id) {
		this.requests.findById(id).ifPresent(request -> {
			request.forgetContactAfterDischarge();
			this.requests.save(request);
		});
	}

	public EvaluationRequest withdrawConsent(String id, String recordedBy) {
		EvaluationRequest request = get(id);
		request.withdrawConsent(recordedBy, this.clock.instant());
		return this.requests.save(request);
	}

}
