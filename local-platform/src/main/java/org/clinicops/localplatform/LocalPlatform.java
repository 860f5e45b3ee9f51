package org.clinicops.localplatform;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local stack: a real Kafka broker and a file-backed MongoDB-wire server in this JVM, and the
 * three services as their own processes, with demo staff accounts. Data lives in
 * {@code .local-data/} and survives a restart; Ctrl-C stops everything.
 */
public final class LocalPlatform {

	private static final Logger log = LoggerFactory.getLogger(LocalPlatform.class);

	/** The demo password of the local stack only; no other environment has a default account. */
	static final String DEMO_PASSWORD = "clinic-demo";

	static final Map<String, String> DEMO_STAFF = demoStaff();

	public static void main(String[] args) throws Exception {
		Path root = Path.of(System.getProperty("clinic.root", ".")).toAbsolutePath().normalize();
		Path data = root.resolve(".local-data");
		Instant started = Instant.now();
		LocalMongoServer mongo = LocalMongoServer.start(data.resolve("mongo"), intProperty("clinic.local.mongo-port", 27017));
		LocalKafkaBroker kafka = LocalKafkaBroker.start(data.resolve("kafka"), intProperty("clinic.local.kafka-port", 9092),
				intProperty("clinic.local.kafka-controller-port", 9093));
		log.info("Kafka (KRaft) at {} and MongoDB-wire server at {}", kafka.bootstrapServers(), mongo.uri());
		PlatformServices services = PlatformServices.start(root, kafka.bootstrapServers(), mongo.uri(),
				new PlatformServices.Ports(8081, 8082, 8083), DEMO_STAFF,
				Map.of("CLINIC_SCHEDULING_SEED", "classpath:seed/demo-program.json"), data.resolve("logs"),
				Duration.ofMinutes(3));
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			log.info("Stopping the local platform");
			try {
				services.close();
				kafka.close();
				mongo.close();
			}
			catch (Exception ex) {
				log.warn("Stopping the local platform: {}", ex.toString());
			}
			stopped.countDown();
		}));
		printBanner(services, data, Duration.between(started, Instant.now()));
		stopped.await();
	}

	private static Map<String, String> demoStaff() {
		Map<String, String> staff = new LinkedHashMap<>();
		Map<String, String> roles = Map.of("coordinator", "INTAKE_COORDINATOR", "clinician", "CLINICIAN", "scheduler",
				"SCHEDULER", "director", "PROGRAM_DIRECTOR", "ops", "OPS");
		roles.forEach((user, role) -> {
			staff.put("CLINIC_SECURITY_USERS_" + user.toUpperCase() + "_PASSWORD", DEMO_PASSWORD);
			staff.put("CLINIC_SECURITY_USERS_" + user.toUpperCase() + "_ROLES", role);
		});
		return staff;
	}

	private static void printBanner(PlatformServices services, Path data, Duration startup) {
		StringBuilder banner = new StringBuilder("\n\nClinic Ops is running (started in " + startup.toSeconds() + " s).\n");
		for (ServiceProcess service : services.services()) {
			banner.append(String.format("  %-21s %s   (pid %d)%n", service.name(), service.baseUrl(), service.pid()));
		}
		banner.append("Demo staff logins, all with the password '").append(DEMO_PASSWORD).append("':\n");
		for (String user : List.of("coordinator", "clinician", "scheduler", "director", "ops")) {
			banner.append("  ").append(user).append('\n');
		}
		banner.append("Data in ").append(data).append(" (logs in ").append(data.resolve("logs")).append(").\n");
		banner.append("Press Ctrl-C to stop.\n");
		log.info(banner.toString());
	}

	private static int intProperty(String name, int defaultValue) {
		return Integer.parseInt(System.getProperty(name, String.valueOf(defaultValue)));
	}

	private LocalPlatform() {
	}

}
