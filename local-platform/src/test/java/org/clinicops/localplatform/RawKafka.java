package org.clinicops.localplatform;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.tools.ConsumerPerformance;
import org.apache.kafka.tools.EndToEndLatency;
import org.apache.kafka.tools.ProducerPerformance;

/**
 * The broker's own figures from Kafka's performance tools, run in this JVM against the same
 * broker as the platform: what one hop of the platform is measured against.
 *
 * @param producerPerSecond records of 600 B a second, acks=all, onto 3 partitions
 * @param consumerPerSecond records a second read back by one consumer (fetch time only)
 * @param hopP50Millis one record produced and consumed, median
 * @param hopP99Millis one record produced and consumed, 99th percentile
 */
record RawKafka(double producerPerSecond, double consumerPerSecond, long hopP50Millis, long hopP99Millis) {

	private static final Pattern PRODUCED = Pattern.compile("(\\d+) records sent, ([\\d.]+) records/sec");

	private static final Pattern HOP = Pattern.compile("50th = (\\d+), 99th = (\\d+)");

	static RawKafka measure(String bootstrapServers, int records) throws Exception {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
			admin.createTopics(List.of(new NewTopic("benchmark.raw", 3, (short) 1), new NewTopic("benchmark.hop", 1, (short) 1)))
				.all()
				.get();
		}
		// The tools end with Exit.exit; here that must not end the benchmark, and a failure must show.
		Exit.setExitProcedure((status, message) -> {
			if (status != 0) {
				throw new IllegalStateException("a Kafka performance tool failed: " + message);
			}
		});
		try {
			String produced = printed(() -> ProducerPerformance.main(new String[] { "--topic", "benchmark.raw",
					"--num-records", String.valueOf(records), "--record-size", "600", "--throughput", "-1",
					"--producer-props", "bootstrap.servers=" + bootstrapServers, "acks=all" }));
			String consumed = printed(() -> ConsumerPerformance.main(new String[] { "--bootstrap-server", bootstrapServers,
					"--topic", "benchmark.raw", "--messages", String.valueOf(records), "--timeout", "60000" }));
			String hop = printed(() -> EndToEndLatency.main(bootstrapServers, "benchmark.hop", "2000", "all", "600"));
			MatchResult producer = last(PRODUCED, produced);
			MatchResult latency = last(HOP, hop);
			return new RawKafka(Double.parseDouble(producer.group(2)), fetchRecordsPerSecond(consumed),
					Long.parseLong(latency.group(1)), Long.parseLong(latency.group(2)));
		}
		finally {
			Exit.resetExitProcedure();
		}
	}

	/** ConsumerPerformance prints a header and a line of values; fetch.nMsg.sec leaves the group's join out. */
	private static double fetchRecordsPerSecond(String consumed) {
		List<String> lines = consumed.lines().filter(line -> !line.isBlank()).toList();
		for (int i = 0; i < lines.size() - 1; i++) {
			List<String> names = List.of(lines.get(i).split(",\\s*"));
			if (names.contains("fetch.nMsg.sec")) {
				return Double.parseDouble(lines.get(i + 1).split(",\\s*")[names.indexOf("fetch.nMsg.sec")]);
			}
		}
		throw new IllegalStateException("ConsumerPerformance printed no figures: " + consumed);
	}

	private static MatchResult last(Pattern pattern, String printed) {
		return pattern.matcher(printed)
			.results()
			.reduce((earlier, later) -> later)
			.orElseThrow(() -> new IllegalStateException("no figures in: " + printed));
	}

	/** What a tool printed, shown as it goes and kept for reading. */
	private static String printed(Tool tool) throws Exception {
		PrintStream console = System.out;
		ByteArrayOutputStream kept = new ByteArrayOutputStream();
		System.setOut(new PrintStream(new TeeStream(console, kept), true, StandardCharsets.UTF_8));
		try {
			tool.run();
		}
		finally {
			System.out.flush();
			System.setOut(console);
		}
		return kept.toString(StandardCharsets.UTF_8);
	}

	@FunctionalInterface
	private interface Tool {

		void run() throws Exception;

	}

	private static final class TeeStream extends OutputStream {

		private final PrintStream console;

		private final ByteArrayOutputStream kept;

		TeeStream(PrintStream console, ByteArrayOutputStream kept) {
			this.console = console;
			this.kept = kept;
		}

		@Override
		public void write(int b) {
			this.console.write(b);
			this.kept.write(b);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) {
			this.console.write(bytes, offset, length);
			this.kept.write(bytes, offset, length);
		}

	}

}
