package org.clinicops.localplatform;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.clinicops.testsupport.TestStaff;

/**
 * A fresh local stack for a benchmark or a fault test, in a temporary folder on free ports: the
 * real KRaft broker, the file-backed MongoDB-wire server and the three services from their jars.
 * The broker and the database can be stopped and started again on the same ports and files, as
 * an outage would. Closing it stops everything and removes the folder.
 */
final class TemporaryStack implements AutoCloseable {

	private final Path data;

	private final int mongoPort;

	private final int kafkaPort;

	private final int controllerPort;

	private LocalMongoServer mongo;

	private LocalKafkaBroker kafka;

	private PlatformServices services;

	private TemporaryStack(Path data) throws IOException {
		this.data = data;
		this.mongoPort = freePort();
		this.kafkaPort = freePort();
		this.controllerPort = freePort();
	}

	/** Starts the stack; {@code environment} is given to every service (for example a short outbox poll). */
	static TemporaryStack start(Map<String, String> environment) throws Exception {
		return start(environment, 1);
	}

	/** Starts the stack with this many instances of each service ({@code <service>-2} and on after the first). */
	static TemporaryStack start(Map<String, String> environment, int instances) throws Exception {
		Path root = Path.of(System.getProperty("clinic.root", ".")).toAbsolutePath().normalize();
		TemporaryStack stack = new TemporaryStack(Files.createTempDirectory("clinic-stack"));
		try {
			stack.startMongo();
			stack.startKafka();
			List<PlatformServices.Ports> ports = new ArrayList<>();
			for (int i = 0; i < instances; i++) {
				ports.add(new PlatformServices.Ports(freePort(), freePort(), freePort()));
			}
			stack.services = PlatformServices.start(root, stack.kafka.bootstrapServers(), stack.mongo.uri(), ports,
					TestStaff.asEnvironment(), environment, stack.data.resolve("logs"), Duration.ofMinutes(5));
			return stack;
		}
		catch (Exception ex) {
			stack.close();
			throw ex;
		}
	}

	static TemporaryStack start() throws Exception {
		return start(Map.of());
	}

	void stopKafka() throws IOException {
		this.kafka.close();
		this.kafka = null;
	}

	void startKafka() throws Exception {
		this.kafka = LocalKafkaBroker.start(this.data.resolve("kafka"), this.kafkaPort, this.controllerPort);
	}

	void stopMongo() {
		this.mongo.close();
		this.mongo = null;
	}

	void startMongo() throws IOException {
		this.mongo = LocalMongoServer.start(this.data.resolve("mongo"), this.mongoPort);
	}

	void crashAndRestart(String service) throws Exception {
		this.services.crashAndRestart(service, Duration.ofMinutes(3));
	}

	String baseUrl(String service) {
		return this.services.service(service).baseUrl();
	}

	/** The process of a service, for its CPU time. */
	long pid(String service) {
		return this.services.service(service).pid();
	}

	String mongoUri() {
		return this.mongo.uri();
	}

	String kafkaBootstrapServers() {
		return "localhost:" + this.kafkaPort;
	}

	@Override
	public void close() throws Exception {
		if (this.services != null) {
			this.services.close();
		}
		if (this.kafka != null) {
			this.kafka.close();
		}
		if (this.mongo != null) {
			this.mongo.close();
		}
		keepLogs();
		try (Stream<Path> files = Files.walk(this.data)) {
			files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
		}
	}

	/** The services' logs outlive the stack, under target/, for whoever reads a failed run. */
	private void keepLogs() throws IOException {
		Path logs = this.data.resolve("logs");
		if (!Files.isDirectory(logs)) {
			return;
		}
		Path kept = Path.of("target", "stack-logs", this.data.getFileName().toString());
		Files.createDirectories(kept);
		try (Stream<Path> files = Files.list(logs)) {
			for (Path log : files.toList()) {
				Files.copy(log, kept.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
