package org.clinicops.localplatform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real Apache Kafka broker in KRaft combined mode (broker and controller in one node), run from
 * the {@code org.apache.kafka} artifacts inside this JVM. Its log directory is formatted once and
 * kept, so topics and their records survive a restart of the local stack.
 */
final class LocalKafkaBroker implements AutoCloseable {

	private final KafkaRaftServer server;

	private final int port;

	private LocalKafkaBroker(KafkaRaftServer server, int port) {
		this.server = server;
		this.port = port;
	}

	static LocalKafkaBroker start(Path logDir, int port, int controllerPort) throws Exception {
		Files.createDirectories(logDir);
		Properties properties = new Properties();
		properties.put("process.roles", "broker,controller");
		properties.put("node.id", "1");
		properties.put("controller.quorum.voters", "1@localhost:" + controllerPort);
		properties.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
		properties.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
		properties.put("controller.listener.names", "CONTROLLER");
		properties.put("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
		properties.put("log.dirs", logDir.toString());
		properties.put("num.partitions", "3");
		properties.put("offsets.topic.replication.factor", "1");
		properties.put("transaction.state.log.replication.factor", "1");
		properties.put("transaction.state.log.min.isr", "1");
		properties.put("group.initial.rebalance.delay.ms", "0");
		properties.put("auto.create.topics.enable", "true");
		KafkaConfig config = KafkaConfig.fromProps(properties);
		formatOnce(logDir);
		KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
		server.startup();
		return new LocalKafkaBroker(server, port);
	}

	private static void formatOnce(Path logDir) throws Exception {
		if (Files.exists(logDir.resolve("meta.properties"))) {
			return;
		}
		new Formatter().setPrintStream(System.out)
			.setClusterId(Uuid.randomUuid().toString())
			.setNodeId(1)
			.setDirectories(List.of(logDir.toString()))
			.setMetadataLogDirectory(logDir.toString())
			.setControllerListenerName("CONTROLLER")
			.setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
			.run();
	}

	String bootstrapServers() {
		return "localhost:" + this.port;
	}

	@Override
	public void close() throws IOException {
		this.server.shutdown();
		this.server.awaitShutdown();
	}

}
