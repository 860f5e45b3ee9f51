package org.clinicops.testsupport;

import java.net.InetSocketAddress;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import de.bwaldvogel.mongo.MongoServer;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The Kafka broker and MongoDB server every integration test of a JVM shares, started once.
 * By default a real Kafka broker (KRaft) runs in-process beside the MongoDB-wire server; with
 * {@code -Dclinic.test.infrastructure=containers} (the Maven profile {@code testcontainers}) the
 * same tests run against real Kafka and MongoDB containers, and fail loudly without Docker
 * rather than skip.
 */
public final class TestInfrastructure {

	public static final String SWITCH = "clinic.test.infrastructure";

	private static final int PARTITIONS = 3;

	private static TestInfrastructure instance;

	private final String kafkaBootstrapServers;

	private final String mongoBaseUri;

	private final String description;

	private TestInfrastructure(String kafkaBootstrapServers, String mongoBaseUri, String description) {
		this.kafkaBootstrapServers = kafkaBootstrapServers;
		this.mongoBaseUri = mongoBaseUri;
		this.description = description;
	}

	public static synchronized TestInfrastructure get() {
		if (instance == null) {
			String mode = System.getProperty(SWITCH, "embedded");
			instance = switch (mode) {
				case "embedded" -> startEmbedded();
				case "containers" -> startContainers();
				default -> throw new IllegalStateException(
						SWITCH + " must be 'embedded' or 'containers', not '" + mode + "'");
			};
		}
		return instance;
	}

	private static TestInfrastructure startEmbedded() {
		EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, PARTITIONS);
		kafka.brokerProperty("auto.create.topics.enable", "true");
		kafka.brokerProperty("num.partitions", String.valueOf(PARTITIONS));
		kafka.afterPropertiesSet();
		MongoServer mongo = new MongoServer(new IdIndexedMemoryBackend());
		mongo.bind("127.0.0.1", 0);
		InetSocketAddress address = mongo.getLocalAddress();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			awaitServicesClosed();
			mongo.shutdownNow();
			kafka.destroy();
		}));
		return new TestInfrastructure(kafka.getBrokersAsString(),
				"mongodb://127.0.0.1:" + address.getPort(), "in-process Kafka (KRaft) and mongo-java-server");
	}

	/** Services started in this JVM on the shared broker and database, closed before them at exit. */
	private static final Set<ConfigurableApplicationContext> SERVICES = ConcurrentHashMap.newKeySet();

	/** Registers a service's context, so that at exit its consumers leave the broker before it stops. */
	public static void attach(ConfigurableApplicationContext service) {
		SERVICES.add(service);
	}

	/**
	 * The JVM runs its shutdown hooks together: the broker could stop while a service's consumers
	 * are still closing, and they would block on it until surefire kills the JVM. Closing a context
	 * is idempotent and waits for a close already under way, so this returns once every service is
	 * closed.
	 */
	private static void awaitServicesClosed() {
		SERVICES.forEach(ConfigurableApplicationContext::close);
	}

	@SuppressWarnings("resource")
	private static TestInfrastructure startContainers() {
		if (!DockerClientFactory.instance().isDockerAvailable()) {
			throw new IllegalStateException(SWITCH + "=containers needs a Docker engine, and none is reachable");
		}
		KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.2")
			.withEnv("KAFKA_NUM_PARTITIONS", String.valueOf(PARTITIONS));
		MongoDBContainer mongo = new MongoDBContainer("mongo:8.0").withReplicaSet();
		kafka.start();
		mongo.start();
		String mongoUri = mongo.getReplicaSetUrl().replaceFirst("/[^/?]*(\\?.*)?$", "");
		return new TestInfrastructure(kafka.getBootstrapServers(), mongoUri, "Kafka and MongoDB containers");
	}

	public String kafkaBootstrapServers() {
		return this.kafkaBootstrapServers;
	}

	/** The connection string of the shared server, without a database. */
	public String mongoBaseUri() {
		return this.mongoBaseUri;
	}

	/** The connection string of a database of the shared server. */
	public String mongoUri(String database) {
		return this.mongoBaseUri + "/" + database;
	}

	@Override
	public String toString() {
		return this.description;
	}

}
