package org.clinicops.localplatform;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.clinicops.contracts.Cohort;
import org.clinicops.contracts.EvaluationAccepted;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.Focus;
import org.clinicops.contracts.Topics;
import org.clinicops.testsupport.ApiClient;
import org.clinicops.testsupport.PrometheusScrape;
import org.clinicops.testsupport.TestStaff;

/**
 * The platform beside raw Kafka on one fresh local stack, in one run, as one table: Kafka's own
 * producer, consumer and end-to-end latency tools on the stack's broker, and the stack's database
 * alone through the MongoDB driver ({@link RawStore}), first; then the time from a clinician's
 * decision to its events (one decision at a time); a burst of acceptances put on
 * {@code intake.evaluations} at once and the answers and alerts it makes per second, and what the
 * stack's consumer groups had still to read when its count ended (the bookings, the patient
 * messages, the coverage), waited for; the decisions once more, on JVMs the burst has warmed and
 * with its work done; the first page of the lists staff open most; staff reads with HTTP Basic and
 * public submissions with 8 clients (and the whole stack's CPU per submission); the CPU each
 * process spent in the burst and the commands it sent its database per acceptance, up to the end
 * of the burst's work (its MongoDB driver's count, from Prometheus, in all and by collection and
 * command); for the whole stack, its records on
 * Kafka, database commands and CPU per acceptance, each beside what goal 1's 1,000 acceptances a
 * second would ask of the raw figures; and the whole stack's CPU at rest. Then the same burst again
 * with many earlier evaluations, enrollments and alerts stored, and the first pages again, to show
 * whether an event's and a page's cost grows with the data. Figures only, no assertion.
 * <p>
 * Run: {@code ./mvnw -B -ntp -Pbenchmark -DskipTests package} (options {@code -Dbenchmark.burst=},
 * 3,000 acceptances; {@code -Dbenchmark.samples=}, 100 decisions; {@code -Dbenchmark.seconds=}, 10 s
 * per HTTP figure; {@code -Dbenchmark.stored=}, 50,000 of each stored before the second burst, 0 for
 * no second burst).
 */
public final class PerformanceBenchmark {

	private static final Focus[] FOCUSES = Focus.values();

	private static final String[] PROCESSES = { "intake-service", "scheduling-service", "notification-service" };

	public static void main(String[] args) throws Exception {
		int burst = Integer.getInteger("benchmark.burst", 3_000);
		int samples = Integer.getInteger("benchmark.samples", 100);
		Duration each = Duration.ofSeconds(Integer.getInteger("benchmark.seconds", 10));
		int stored = Integer.getInteger("benchmark.stored", 50_000);
		try (TemporaryStack stack = TemporaryStack.start()) {
			String kafka = stack.kafkaBootstrapServers();
			RawKafka raw = RawKafka.measure(kafka, 500_000);
			RawStore rawStore = RawStore.measure(stack.mongoUri(), Duration.ofSeconds(5));
			PlatformClient platform = new PlatformClient(stack.baseUrl("intake-service"),
					stack.baseUrl("scheduling-service"), stack.baseUrl("notification-service"));
			createProgram(platform.director, burst + samples);
			Table table = new Table(raw, rawStore);
			try (TopicWatch accepted = TopicWatch.of(kafka, Topics.INTAKE_EVALUATIONS,
					EventTypes.EVALUATION_ACCEPTED.name()::equals);
					TopicWatch answers = TopicWatch.of(kafka, Topics.SCHEDULING_ENROLLMENTS,
							type -> type.equals(EventTypes.PATIENT_ENROLLED.name())
									|| type.equals(EventTypes.PATIENT_WAITLISTED.name()));
					TopicWatch alerts = TopicWatch.of(kafka, Topics.NOTIFICATION_ALERTS, EventTypes.ALERT_RAISED.name()::equals)) {
				decisions(platform, samples, table, accepted, answers, alerts, "");
				burst(stack, kafka, burst, table, answers, alerts, "");
				// Seats for every decision again, whatever its track: the groups are spread over three
				// focuses and two tracks, and the burst filled those made for it.
				createProgram(platform.director, 6 * (samples + 10));
				decisions(platform, samples, table, accepted, answers, alerts, ", after the burst");
				firstPages(platform, table, ", after the burst");
				if (stored > 0) {
					createProgram(platform.director, burst);
					StoredHistory.add(stack.mongoUri(), "intake", "evaluation_requests", stored);
					StoredHistory.add(stack.mongoUri(), "scheduling", "enrollments", stored);
					StoredHistory.add(stack.mongoUri(), "notification", "alerts", stored);
					String withStored = String.format(", %,d more evaluations, enrollments and alerts stored", stored);
					burst(stack, kafka, burst, table, answers, alerts, withStored);
					firstPages(platform, table, withStored);
				}
				table.add("events published twice (same id), whole run", String.valueOf(
						accepted.publishedTwice() + answers.publishedTwice() + alerts.publishedTwice()), "", "");
			}
			api(stack, each, table);
			atRest(stack, table);
			table.print(burst, samples);
		}
	}

	/** Seats and caseload for everyone the run accepts: groups of every focus and both tracks, therapists of every specialty. */
	private static void createProgram(ApiClient director, int people) {
		for (int i = 0; i < people / 12 + 20; i++) {
			boolean evening = i % 2 == 0;
			String start = evening ? "18:00" : "09:00";
			Map<String, Object> group = Map.of("name", "Group " + i, "focus", FOCUSES[i % FOCUSES.length].name(),
					"cohort", Cohort.GENERAL.name(), "track", evening ? "EVENING" : "MORNING", "capacity", 12,
					"facilitator", "Facilitator " + (i % 40), "meetings",
					List.of(Map.of("day", "MONDAY", "start", start, "minutes", 180),
							Map.of("day", "WEDNESDAY", "start", start, "minutes", 180),
							Map.of("day", "FRIDAY", "start", start, "minutes", 180)));
			require(director.post("/api/groups", group), 201);
		}
		for (int i = 0; i < people / 40 + 10; i++) {
			require(director.post("/api/therapists", Map.of("name", "Therapist " + i, "caseloadCapacity", 40,
					"specialties", List.of(FOCUSES[i % FOCUSES.length].name()))), 201);
		}
	}

	/**
	 * One decision at a time: submitted and screened, then the clock starts when the decision is
	 * answered and stops as its acceptance, its enrollment answer and its first alert arrive. Once
	 * on the stack just started, once more after the burst: in the first minutes the JIT compilers
	 * of four JVMs keep both cores busy (C2 threads the busiest in each service), so the first
	 * figures are a cold start's, the second those of a stack that has run a while. The answer's
	 * time is then split where its two events were created, handed to Kafka and read.
	 */
	private static void decisions(PlatformClient platform, int samples, Table table, TopicWatch accepted,
			TopicWatch answers, TopicWatch alerts, String when) throws InterruptedException {
		List<Long> toAccepted = new ArrayList<>();
		List<Long> toAnswer = new ArrayList<>();
		List<Long> toAlert = new ArrayList<>();
		AnswerPath path = new AnswerPath();
		int warmUp = 10;
		for (int i = 0; i < warmUp + samples; i++) {
			String id = platform.submit("SUBSTANCE_USE").json().get("id").asString();
			platform.screen(id, "SUBSTANCE_USE");
			// The request already raised alerts of its own: only those from the decision on count.
			long asked = System.nanoTime();
			platform.decide(id, Map.of("outcome", "ACCEPTED", "levelOfCare", "INTENSIVE_OUTPATIENT"));
			long answered = System.nanoTime();
			long deadline = answered + Duration.ofSeconds(30).toNanos();
			while ((accepted.firstArrivalOf(id) == null || answers.firstArrivalOf(id) == null
					|| alerts.firstArrivalOf(id, asked) == null) && System.nanoTime() < deadline) {
				Thread.sleep(1);
			}
			if (i < warmUp) {
				continue;
			}
			toAccepted.add(since(answered, accepted.firstArrivalOf(id)));
			toAnswer.add(since(answered, answers.firstArrivalOf(id)));
			toAlert.add(since(answered, alerts.firstArrivalOf(id, asked)));
			path.add(accepted.firstPassageOf(id), answers.firstPassageOf(id));
		}
		table.latency("decision answered -> evaluation-accepted on Kafka" + when, toAccepted);
		table.latency("decision answered -> enrollment answer on Kafka" + when, toAnswer);
		table.latency("decision answered -> its first alert on Kafka" + when, toAlert);
		path.addTo(table, when);
	}

	/**
	 * The path from a decision to its enrollment answer, in five legs: intake storing the decision
	 * and its relay sending evaluation-accepted; Kafka carrying it; scheduling placing the person
	 * up to creating the answer (once the seat and the caseload place are taken, before the plan is
	 * checked and the enrollment stored); the rest of the placement and scheduling's relay; Kafka
	 * again. The benchmark's reader stands in for scheduling's: both read the topic as soon as it is
	 * written.
	 */
	private static final class AnswerPath {

		private final List<List<Long>> legs = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
				new ArrayList<>(), new ArrayList<>());

		void add(TopicWatch.Passage accepted, TopicWatch.Passage answer) {
			if (accepted == null || answer == null) {
				return;
			}
			long[] millis = { accepted.sentMillis() - accepted.createdMillis(), accepted.readMillis() - accepted.sentMillis(),
					answer.createdMillis() - accepted.readMillis(), answer.sentMillis() - answer.createdMillis(),
					answer.readMillis() - answer.sentMillis() };
			for (int leg = 0; leg < millis.length; leg++) {
				this.legs.get(leg).add(Math.max(0, millis[leg]));
			}
		}

		void addTo(Table table, String when) {
			if (this.legs.get(0).isEmpty()) {
				return;
			}
			String figure = "answer's path" + when + ": ";
			table.latency(figure + "intake, evaluation-accepted created -> sent by its relay", this.legs.get(0));
			table.latency(figure + "Kafka, evaluation-accepted sent -> read", this.legs.get(1));
			table.latency(figure + "scheduling, evaluation-accepted read -> answer created", this.legs.get(2));
			table.latency(figure + "scheduling, answer created -> sent by its relay", this.legs.get(3));
			table.latency(figure + "Kafka, answer sent -> read", this.legs.get(4));
		}

	}

	/** Milliseconds from the decision's answer to the arrival (at least 0: an event may come before the answer does). */
	private static long since(long answered, Long arrived) {
		if (arrived == null) {
			return Duration.ofSeconds(30).toMillis();
		}
		return Math.max(0, Duration.ofNanos(arrived - answered).toMillis());
	}

	/** Acceptances put on Kafka at once; answers and alerts per second from the first send to the last of each. */
	private static void burst(TemporaryStack stack, String kafka, int burst, Table table, TopicWatch answers,
			TopicWatch alerts, String stored) throws InterruptedException, ExecutionException {
		// Each acceptance names an evaluation intake holds, as a real one does: intake's coverage
		// listener opens the person's coverage on it, and retries and then parks one that names none.
		List<String> evaluationIds = new ArrayList<>(burst);
		for (int i = 0; i < burst; i++) {
			evaluationIds.add(UUID.randomUUID().toString());
		}
		StoredHistory.addUnder(stack.mongoUri(), "intake", "evaluation_requests", evaluationIds);
		int answersBefore = answers.arrived();
		int alertsBefore = alerts.arrived();
		Map<String, Duration> cpuBefore = cpu(stack);
		Map<String, Map<String, Double>> commandsBefore = databaseCommands(stack);
		Map<String, Long> recordsBefore = BenchmarkKafka.recordsOnTheStacksTopics(kafka);
		long start = System.nanoTime();
		try (KafkaProducer<String, String> producer = BenchmarkKafka.producer(kafka)) {
			for (int i = 0; i < burst; i++) {
				BenchmarkKafka.publish(producer,
						new EvaluationAccepted(evaluationIds.get(i), "B.M.", FOCUSES[i % FOCUSES.length],
								Cohort.GENERAL, i % 2 == 0, false, i % 50 == 0, i % 20 == 0, i % 3 == 0,
								LocalDate.now().plusDays(5), Instant.now()));
			}
			producer.flush();
		}
		long deadline = start + Duration.ofMinutes(30).toNanos();
		while (answers.arrived() - answersBefore < burst && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		// Alerts follow the answers: done when none came for 20 seconds (a store's pause of a few
		// seconds must not end the count early; the rate is taken up to the last alert).
		long lastAlerts = -1;
		while (alerts.arrived() != lastAlerts) {
			lastAlerts = alerts.arrived();
			Thread.sleep(20_000);
		}
		Map<String, Duration> cpuAfter = cpu(stack);
		int answered = answers.arrived() - answersBefore;
		int alerted = alerts.arrived() - alertsBefore;
		double answerSeconds = (answers.lastArrivalNanos() - start) / 1e9;
		double alertSeconds = (alerts.lastArrivalNanos() - start) / 1e9;
		table.throughput(String.format("scheduling hop: %,d acceptances at once, %,d answered%s", burst, answered, stored),
				answered / answerSeconds, "answers/s");
		table.throughput(String.format("notification: %,d alerts for them%s", alerted, stored), alerted / alertSeconds,
				"alerts/s");
		cpuAfter.forEach((process, after) -> table.add("CPU in the burst" + stored + ": " + process,
				String.format("%.0f %% of a core", 100.0 * after.minus(cpuBefore.get(process)).toMillis()
						/ Duration.ofNanos(System.nanoTime() - start).toMillis()), "", ""));
		long countEnded = System.nanoTime();
		BenchmarkKafka.ReadToTheEnd read = BenchmarkKafka.readToTheEnd(kafka, Duration.ofMinutes(10));
		table.add("records the stack's consumer groups had not read when the count ended" + stored,
				String.format("%,d, all read %.1f s later", read.unreadWhenAsked(),
						(read.readAtNanos() - countEnded) / 1e9), "", "");
		double commandsPerAcceptance = 0;
		for (Map.Entry<String, Map<String, Double>> after : databaseCommands(stack).entrySet()) {
			String process = after.getKey();
			Map<String, Double> before = commandsBefore.get(process);
			Map<String, Double> perAcceptance = new LinkedHashMap<>();
			after.getValue().forEach((command, count) -> perAcceptance.put(command, (count - before.getOrDefault(command, 0.0)) / burst));
			double ofProcess = perAcceptance.values().stream().mapToDouble(Double::doubleValue).sum();
			commandsPerAcceptance += ofProcess;
			table.add("database commands in the burst, its work read to the end" + stored + ": " + process,
					String.format("%,.1f per acceptance", ofProcess), "", "");
			table.breakdown(process + stored, perAcceptance);
		}
		Map<String, Double> recordsPerAcceptance = new LinkedHashMap<>();
		BenchmarkKafka.recordsOnTheStacksTopics(kafka).forEach((topic, records) -> {
			// The burst's own acceptances are the benchmark's records, not the services'.
			long ours = topic.equals(Topics.INTAKE_EVALUATIONS) ? burst : 0;
			recordsPerAcceptance.put(topic, (double) (records - recordsBefore.getOrDefault(topic, 0L) - ours) / burst);
		});
		table.perAcceptance(stored, commandsPerAcceptance, recordsPerAcceptance,
				spent(cpuBefore, cpu(stack)).dividedBy(burst));
	}

	/** CPU spent by all four JVMs between the two readings. */
	private static Duration spent(Map<String, Duration> before, Map<String, Duration> after) {
		Duration spent = Duration.ZERO;
		for (String process : after.keySet()) {
			spent = spent.plus(after.get(process).minus(before.get(process)));
		}
		return spent;
	}

	/**
	 * Goal 6: the first page of each list staff open most, on the store as it stands: 5 requests to
	 * warm up, then 20 timed one after another.
	 */
	private static void firstPages(PlatformClient platform, Table table, String when) {
		Map<String, ApiClient> lists = new LinkedHashMap<>();
		lists.put("/api/evaluation-requests", platform.coordinator);
		lists.put("/api/evaluation-requests?status=ACCEPTED", platform.coordinator);
		lists.put("/api/enrollments?status=ACTIVE", platform.schedulerAtScheduling);
		lists.put("/api/groups?status=OPEN", platform.schedulerAtScheduling);
		lists.put("/api/alerts?status=OPEN", platform.directorAtNotification);
		lists.forEach((path, client) -> {
			List<Long> millis = new ArrayList<>();
			for (int request = 0; request < 25; request++) {
				long start = System.nanoTime();
				require(client.get(path), 200);
				if (request >= 5) {
					millis.add(Duration.ofNanos(System.nanoTime() - start).toMillis());
				}
			}
			Collections.sort(millis);
			table.add("first page of GET " + path + when + ", p50 / max",
					String.format("%d / %d ms", millis.get(millis.size() / 2), millis.get(millis.size() - 1)), "", "");
		});
	}

	private static void api(TemporaryStack stack, Duration each, Table table) throws Exception {
		String intake = stack.baseUrl("intake-service");
		ApiClient anonymous = ApiClient.anonymous(intake);
		ApiClient coordinator = ApiClient.as(TestStaff.COORDINATOR, intake);
		String path = "/api/evaluation-requests/" + anonymous.post("/api/evaluation-requests", ApiThroughputBenchmark.request())
			.json()
			.get("id")
			.asString();
		ApiThroughputBenchmark.measure(() -> coordinator.get(path), Duration.ofSeconds(3));
		table.add("GET /api/evaluation-requests/{id}, HTTP Basic, 8 clients",
				String.format("%,.0f requests/s", ApiThroughputBenchmark.measure(() -> coordinator.get(path), each)), "", "");
		Map<String, Duration> cpuBefore = cpu(stack);
		double submissions = ApiThroughputBenchmark.measure(
				() -> anonymous.post("/api/evaluation-requests", ApiThroughputBenchmark.request()), each);
		Duration spent = spent(cpuBefore, cpu(stack));
		table.add("anonymous POST /api/evaluation-requests, 8 clients", String.format("%,.0f requests/s", submissions), "",
				"");
		table.cpuPer("CPU per anonymous submission while they ran, all four JVMs (the broker's counts the benchmark's clients)",
				spent.dividedBy(Math.max(1, Math.round(submissions * each.toSeconds()))), "submissions");
	}

	/**
	 * The whole stack's CPU over 30 s with nothing to do, once 15 s after the last request and once
	 * more two minutes later, when what the load left behind (the JIT compilers, the collectors) has
	 * settled too.
	 */
	private static void atRest(TemporaryStack stack, Table table) throws InterruptedException {
		atRest(stack, table, Duration.ofSeconds(15), "15 s after the last request");
		atRest(stack, table, Duration.ofSeconds(75), "2 min after the last request");
	}

	private static void atRest(TemporaryStack stack, Table table, Duration settle, String when)
			throws InterruptedException {
		Thread.sleep(settle.toMillis());
		Map<String, Duration> before = cpu(stack);
		long start = System.nanoTime();
		Thread.sleep(30_000);
		Map<String, Duration> after = cpu(stack);
		long elapsedMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
		Duration spent = spent(before, after);
		table.add("the stack at rest, " + when + " (all processes, 30 s)",
				String.format("%.1f %% of a core", 100.0 * spent.toMillis() / elapsedMillis), "", "");
		after.forEach((process, cpu) -> table.add("at rest, " + when + ": " + process,
				String.format("%.1f %% of a core", 100.0 * cpu.minus(before.get(process)).toMillis() / elapsedMillis), "",
				""));
	}

	/**
	 * The commands each service has sent its database so far by collection and command ("groups
	 * find"), as its MongoDB driver counts them.
	 */
	private static Map<String, Map<String, Double>> databaseCommands(TemporaryStack stack) {
		Map<String, Map<String, Double>> commands = new LinkedHashMap<>();
		for (String process : PROCESSES) {
			commands.put(process, PrometheusScrape.of(ApiClient.as(TestStaff.OPS, stack.baseUrl(process)))
				.sumsBy("mongodb_driver_commands_seconds_count", "collection", "command"));
		}
		return commands;
	}

	/** CPU time so far of the broker and database (this JVM) and of each service. */
	private static Map<String, Duration> cpu(TemporaryStack stack) {
		Map<String, Duration> spent = new LinkedHashMap<>();
		spent.put("broker + database JVM", ProcessHandle.current().info().totalCpuDuration().orElseThrow());
		for (String process : PROCESSES) {
			spent.put(process, ProcessHandle.of(stack.pid(process))
				.flatMap(handle -> handle.info().totalCpuDuration())
				.orElseThrow());
		}
		return spent;
	}

	private static void require(ApiClient.Response response, int status) {
		if (response.status() != status) {
			throw new IllegalStateException("expected " + status + " but got " + response.status() + ": " + response.text());
		}
	}

	/** The figures as a Markdown table, raw Kafka first, each platform figure beside its raw counterpart. */
	private static final class Table {

		/** Goals 1 and 3: 1,000 acceptances, and 1,000 submissions, a second. */
		private static final int GOAL = 1_000;

		private final RawKafka raw;

		private final RawStore rawStore;

		private final List<String[]> rows = new ArrayList<>();

		private final List<String> breakdowns = new ArrayList<>();

		private final List<String> recordBreakdowns = new ArrayList<>();

		Table(RawKafka raw, RawStore rawStore) {
			this.raw = raw;
			this.rawStore = rawStore;
			add("raw Kafka producer (600 B, acks=all, 3 partitions)",
					String.format("%,.0f records/s", raw.producerPerSecond()), "", "");
			add("raw Kafka consumer", String.format("%,.0f records/s", raw.consumerPerSecond()), "", "");
			add("raw Kafka one hop, produce -> consume, p50 / p99",
					String.format("%d / %d ms", raw.hopP50Millis(), raw.hopP99Millis()), "", "");
			String store = "raw store (the stack's database, 600-B documents, 8 clients): ";
			add(store + "inserts, one per command", String.format("%,.0f documents/s", rawStore.insertsPerSecond()), "", "");
			add(store + "finds by _id, one per command", String.format("%,.0f documents/s", rawStore.findsPerSecond()), "", "");
			add(store + "updates by _id, one per command", String.format("%,.0f documents/s", rawStore.updatesPerSecond()), "",
					"");
			add(store + "inserts, 100 per command", String.format("%,.0f documents/s", rawStore.bulkInsertsPerSecond()), "",
					"");
			add(store + "updates by _id, 100 per command",
					String.format("%,.0f documents/s", rawStore.bulkUpdatesPerSecond()), "", "");
		}

		/**
		 * What one acceptance of the burst cost the whole stack, and what that cost would ask of this
		 * machine at goal 1's 1,000 acceptances a second: Kafka records beside the raw producer,
		 * database commands beside the raw store's updates one per command, CPU beside the machine's
		 * cores.
		 */
		void perAcceptance(String stored, double commands, Map<String, Double> recordsByTopic, Duration cpu) {
			double records = recordsByTopic.values().stream().mapToDouble(Double::doubleValue).sum();
			this.recordBreakdowns.add(line("records on Kafka" + stored, recordsByTopic));
			add("records the services put on Kafka in the burst, its work read to the end" + stored,
					String.format("%,.1f per acceptance", records),
					String.format("%,.0f records/s", this.raw.producerPerSecond()),
					String.format("at %,d acceptances/s: %.0f %%", GOAL, 100 * records * GOAL / this.raw.producerPerSecond()));
			add("database commands in the burst, its work read to the end" + stored + ": all three services",
					String.format("%,.1f per acceptance", commands),
					String.format("%,.0f updates/s (raw store)", this.rawStore.updatesPerSecond()),
					String.format("at %,d acceptances/s: %.0f %%", GOAL, 100 * commands * GOAL / this.rawStore.updatesPerSecond()));
			cpuPer("CPU in the burst per acceptance, all four JVMs (the broker's counts the benchmark's clients)" + stored, cpu,
					"acceptances");
		}

		/** CPU per unit of work beside the machine's cores, and what 1,000 units a second (goals 1 and 3) would ask of them. */
		void cpuPer(String figure, Duration cpu, String units) {
			int cores = Runtime.getRuntime().availableProcessors();
			double millis = cpu.toNanos() / 1e6;
			add(figure, String.format("%.1f ms", millis), String.format("%d cores", cores),
					String.format("at %,d %s/s: %.0f %%", GOAL, units, 100 * millis * GOAL / (cores * 1000.0)));
		}

		void add(String figure, String value, String rawValue, String ratio) {
			this.rows.add(new String[] { figure, value, rawValue, ratio });
		}

		/** A process's commands per acceptance by collection and command. */
		void breakdown(String process, Map<String, Double> perAcceptance) {
			this.breakdowns.add(line(process, perAcceptance));
		}

		/** Figures per acceptance by what they count, most first, those of at least 0.05. */
		private static String line(String name, Map<String, Double> perAcceptance) {
			StringBuilder line = new StringBuilder(name).append(":");
			perAcceptance.entrySet()
				.stream()
				.filter(figure -> figure.getValue() >= 0.05)
				.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
				.forEach(figure -> line.append(String.format(" %s %.1f;", figure.getKey(), figure.getValue())));
			return line.toString();
		}

		void throughput(String figure, double perSecond, String unit) {
			add(figure, String.format("%,.0f %s", perSecond, unit),
					String.format("%,.0f records/s", this.raw.producerPerSecond()),
					String.format("1/%,.0f", this.raw.producerPerSecond() / perSecond));
		}

		void latency(String figure, List<Long> millis) {
			List<Long> sorted = new ArrayList<>(millis);
			Collections.sort(sorted);
			long p50 = sorted.get(sorted.size() / 2);
			long p99 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1));
			add(figure + ", p50 / p99", String.format("%d / %d ms", p50, p99),
					String.format("%d / %d ms", this.raw.hopP50Millis(), this.raw.hopP99Millis()),
					String.format("p99 %.0fx", p99 / (double) Math.max(1, this.raw.hopP99Millis())));
		}

		void print(int burst, int samples) {
			System.out.printf("%nClinic Ops beside raw Kafka, one local stack, %d cores, %s; %,d-acceptance burst, %d decisions%n%n",
					Runtime.getRuntime().availableProcessors(), LocalDate.now(), burst, samples);
			System.out.println("| figure | value | raw Kafka | ratio to raw |");
			System.out.println("|---|---|---|---|");
			for (String[] row : this.rows) {
				System.out.printf("| %s | %s | %s | %s |%n", (Object[]) row);
			}
			System.out.printf("%nDatabase commands per acceptance in the burst, by collection and command:%n");
			this.breakdowns.forEach(System.out::println);
			System.out.printf("%nRecords the services put on Kafka per acceptance in the burst, by topic:%n");
			this.recordBreakdowns.forEach(System.out::println);
		}

	}

	private PerformanceBenchmark() {
	}

}
