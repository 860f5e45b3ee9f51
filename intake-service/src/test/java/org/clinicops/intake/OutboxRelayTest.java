package org.clinicops.intake;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.clinicops.common.messaging.KafkaCloudEvents;
import org.clinicops.common.outbox.OutboxEvent;
import org.clinicops.common.outbox.OutboxProperties;
import org.clinicops.common.outbox.OutboxRelay;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.Topics;
import org.clinicops.intake.request.EvaluationRequest;
import org.clinicops.intake.request.EvaluationRequests;
import org.clinicops.intake.request.EvaluationStatus;
import org.clinicops.testsupport.ApiClient;
import org.clinicops.testsupport.ClinicIntegrationTest;
import org.clinicops.testsupport.TestStaff;
import org.clinicops.testsupport.TopicRecorder;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@ClinicIntegrationTest
class OutboxRelayTest {

	@LocalServerPort
	int port;

	@Autowired
	OutboxRelay relay;

	@Autowired
	OutboxProperties properties;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	EvaluationRequests requests;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Test
	void eventsWaitInTheirDocumentWhileKafkaIsUnreachableAndArePublishedOnceWhenItIsBack() throws IOException {
		KafkaTemplate<String, String> unreachable = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + closedPort(),
						ProducerConfig.MAX_BLOCK_MS_CONFIG, 500),
				new StringSerializer(), new StringSerializer()));
		OutboxRelay duringOutage = new OutboxRelay(this.mongo, unreachable,
				new OutboxProperties(this.properties.collections(), Duration.ofSeconds(1), 10, Duration.ofSeconds(1)),
				"/clinic-ops/intake-service");
		this.relay.stop();
		String id;
		try (TopicRecorder evaluations = TopicRecorder.of(Topics.INTAKE_EVALUATIONS)) {
			try {
				id = submitted();

				assertThatThrownBy(duringOutage::publishPending).hasMessageContaining("not acknowledged");
				assertThat(this.requests.findById(id).orElseThrow().pendingEvents()).extracting(OutboxEvent::type)
					.containsExactly(EventTypes.EVALUATION_REQUESTED.name(), EventTypes.PATIENT_CONTACT.name());
			}
			finally {
				this.relay.start();
				unreachable.destroy();
			}

			await().atMost(Duration.ofSeconds(15))
				.until(() -> evaluations.events(EventTypes.EVALUATION_REQUESTED.name(), id).size() == 1);
			await().atMost(Duration.ofSeconds(5))
				.until(() -> this.requests.findById(id).orElseThrow().pendingEvents().isEmpty());
			assertThat(evaluations.events(EventTypes.EVALUATION_REQUESTED.name(), id)).hasSize(1);
		}
	}

	@Test
	void twoRelaysOnOneDatabasePassingAtOncePublishEachEventOnce() throws Exception {
		OutboxRelay otherInstance = new OutboxRelay(this.mongo, this.kafka,
				new OutboxProperties(this.properties.collections(), Duration.ofHours(1), 5, Duration.ofSeconds(10)),
				"/clinic-ops/intake-service");
		this.relay.stop();
		ExecutorService instances = Executors.newFixedThreadPool(2);
		try (TopicRecorder evaluations = TopicRecorder.of(Topics.INTAKE_EVALUATIONS, Topics.INTAKE_CONTACTS)) {
			List<String> ids = IntStream.range(0, 40).mapToObj(i -> submitted()).toList();
			CyclicBarrier together = new CyclicBarrier(2);
			List<Future<Integer>> passes = instances.invokeAll(List.<Callable<Integer>>of(
					() -> publishAll(this.relay, together), () -> publishAll(otherInstance, together)));
			int published = passes.get(0).get() + passes.get(1).get();

			List<ConsumerRecord<String, String>> seen = evaluations.recordsUpToNow();
			assertThat(ids).allSatisfy(id -> assertThat(seen).filteredOn(record -> id.equals(record.key()))
				.extracting(record -> KafkaCloudEvents.from(record.headers()).type())
				.as("the events of " + id)
				.containsExactlyInAnyOrder(EventTypes.EVALUATION_REQUESTED.name(), EventTypes.PATIENT_CONTACT.name()));
			assertThat(published).as("events both relays published").isGreaterThanOrEqualTo(2 * ids.size());
			assertThat(seen.stream().map(record -> KafkaCloudEvents.from(record.headers()).id()).toList())
				.as("events published twice")
				.doesNotHaveDuplicates();
		}
		finally {
			instances.shutdownNow();
			this.relay.start();
		}
	}

	/** Passes until a pass finds nothing; returns how many events the relay published. */
	private static int publishAll(OutboxRelay relay, CyclicBarrier together) throws Exception {
		together.await();
		int published = 0;
		for (int pass = relay.publishPending(); pass > 0; pass = relay.publishPending()) {
			published += pass;
		}
		return published;
	}

	@Test
	void eventsArePublishedAsSoonAsTheyAreStoredNotAtTheNextPoll() {
		OutboxRelay pollingHourly = new OutboxRelay(this.mongo, this.kafka,
				new OutboxProperties(this.properties.collections(), Duration.ofHours(1), 100, Duration.ofSeconds(10)),
				"/clinic-ops/intake-service");
		this.relay.stop();
		try (TopicRecorder evaluations = TopicRecorder.of(Topics.INTAKE_EVALUATIONS)) {
			pollingHourly.start();
			// The first may go out in the pass a start makes; the second only when it is stored.
			for (int i = 0; i < 2; i++) {
				String id = submitted();
				await().atMost(Duration.ofSeconds(10))
					.until(() -> evaluations.events(EventTypes.EVALUATION_REQUESTED.name(), id).size() == 1);
			}
		}
		finally {
			pollingHourly.stop();
			this.relay.start();
		}
	}

	@Test
	void aRiskFlagIsPublishedAtOnceWhileABacklogOfOtherEventsWaits() {
		ApiClient anonymous = ApiClient.anonymous("http://localhost:" + this.port);
		ApiClient clinician = ApiClient.as(TestStaff.CLINICIAN, "http://localhost:" + this.port);
		String risky = anonymous.post("/api/evaluation-requests", IntakeFixtures.validRequest())
			.json()
			.get("id")
			.asString();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.requests.findById(risky).orElseThrow().pendingEvents().isEmpty());
		Map<String, Object> danger = IntakeFixtures.iopScreening();
		danger.put("dangerToSelfOrOthers", true);

		this.relay.stop();
		try (TopicRecorder evaluations = TopicRecorder.of(Topics.INTAKE_EVALUATIONS)) {
			List<String> backlog = IntStream.range(0, 20)
				.mapToObj(i -> anonymous.post("/api/evaluation-requests", IntakeFixtures.validRequest())
					.json()
					.get("id")
					.asString())
				.toList();

			clinician.post("/api/evaluation-requests/" + risky + "/screening", danger);

			await().atMost(Duration.ofSeconds(10))
				.until(() -> evaluations.events(EventTypes.RISK_FLAG_RAISED.name(), risky).size() == 1);
			assertThat(backlog).allSatisfy(id -> assertThat(this.requests.findById(id).orElseThrow().pendingEvents())
				.as("backlog still waiting for the poll")
				.isNotEmpty());
		}
		finally {
			this.relay.start();
		}
		await().atMost(Duration.ofSeconds(15))
			.until(() -> this.mongo.count(new Query(Criteria.where("outbox.0").exists(true)), "evaluation_requests") == 0);
	}

	@Test
	void anAggregateReadBeforeTheRelayPublishedItsEventsAndSavedAfterwardsDoesNotPublishThemAgain() {
		try (TopicRecorder evaluations = TopicRecorder.of(Topics.INTAKE_EVALUATIONS)) {
			this.relay.stop();
			String id;
			EvaluationRequest readBeforePublishing;
			try {
				id = submitted();
				readBeforePublishing = this.requests.findById(id).orElseThrow();
			}
			finally {
				this.relay.start();
			}
			assertThat(readBeforePublishing.pendingEvents()).isNotEmpty();
			await().atMost(Duration.ofSeconds(10))
				.until(() -> evaluations.events(EventTypes.EVALUATION_REQUESTED.name(), id).size() == 1
						&& this.requests.findById(id).orElseThrow().pendingEvents().isEmpty());

			readBeforePublishing.withdraw("coordinator", Instant.now());
			this.requests.save(readBeforePublishing);

			await().atMost(Duration.ofSeconds(10))
				.until(() -> evaluations.events(EventTypes.EVALUATION_WITHDRAWN.name(), id).size() == 1
						&& this.requests.findById(id).orElseThrow().pendingEvents().isEmpty());
			assertThat(evaluations.events(EventTypes.EVALUATION_REQUESTED.name(), id)).hasSize(1);
			assertThat(this.requests.findById(id).orElseThrow().status()).isEqualTo(EvaluationStatus.WITHDRAWN);
		}
	}

	@Test
	void theRelayFindsStoredEventsByTheirDocumentsMarkersAndOnStartMarksWhatLostItsMarker() {
		try (TopicRecorder evaluations = TopicRecorder.of(Topics.INTAKE_EVALUATIONS)) {
			this.relay.stop();
			String id;
			String marker = "evaluation_requests|";
			try {
				id = submitted();
				assertThat(this.mongo.findById(marker + id, Document.class, "outbox_pending")).as("marked when stored")
					.isNotNull();
				this.mongo.remove(Query.query(Criteria.where("_id").is(marker + id)), "outbox_pending");
				assertThat(this.relay.publishPending()).as("nothing is searched for without a marker").isZero();
			}
			finally {
				this.relay.start();
			}

			await().atMost(Duration.ofSeconds(10))
				.until(() -> this.requests.findById(id).orElseThrow().pendingEvents().isEmpty()
						&& this.mongo.findById(marker + id, Document.class, "outbox_pending") == null);
			await().atMost(Duration.ofSeconds(10))
				.until(() -> evaluations.events(EventTypes.EVALUATION_REQUESTED.name(), id).size() == 1);
		}
	}

	/** Submits a valid request through the public API; returns its id. */
	private String submitted() {
		return ApiClient.anonymous("http://localhost:" + this.port)
			.post("/api/evaluation-requests", IntakeFixtures.validRequest())
			.json()
			.get("id")
			.asString();
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
