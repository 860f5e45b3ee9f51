package org.clinicops.localplatform;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.clinicops.testsupport.TestStaff;

/**
 * A fresh local stack for a benchmark, in a temporary folder on free ports: the real KRaft
 * broker, the file-backed MongoDB-wire server and the three services from their jars. Closing it
 * stops everything and removes the folder.
 */
final class BenchmarkStack implements AutoCloseable {

	private final Path data;

	private final LocalMongoServer mongo;

	private final LocalKafkaBroker kafka;

	private final PlatformServices services;

	private BenchmarkStack(Path data, LocalMongoServer mongo, LocalKafkaBroker kafka, PlatformServices services) {
		this.data = data;
		this.mongo = mongo;
		this.kafka = kafka;
		this.services = services;
	}

	static BenchmarkStack start() throws Exception {
		Path root = Path.of(System.getProperty("clinic.root", ".")).toAbsolutePath().normalize();
		Path data = Files.createTempDirectory("clinic-benchmark");
		LocalMongoServer mongo = LocalMongoServer.start(data.resolve("mongo"), freePort());
		LocalKafkaBroker kafka = LocalKafkaBroker.start(data.resolve("kafka"), freePort(), freePort());
		PlatformServices services = PlatformServices.start(root, kafka.bootstrapServers(), mongo.uri(),
				new PlatformServices.Ports(freePort(), freePort(), freePort()), TestStaff.asEnvironment(), Map.of(),
				data.resolve("logs"), Duration.ofMinutes(3));
		return new BenchmarkStack(data, mongo, kafka, services);
	}

	String baseUrl(String service) {
		return this.services.service(service).baseUrl();
	}

	String kafkaBootstrapServers() {
		return this.kafka.bootstrapServers();
	}

	@Override
	public void close() throws Exception {
		this.services.close();
		this.kafka.close();
		this.mongo.close();
		try (Stream<Path> files = Files.walk(this.data)) {
			files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
