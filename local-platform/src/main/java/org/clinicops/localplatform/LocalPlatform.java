package org.clinicops.localplatform;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;

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

	private static final Map<String, String> DEMO_ROLES = demoRoles();

	static final Map<String, String> DEMO_STAFF = demoStaff();

	private static final Map<String, String> PAGES = pages();

	public static void main(String[] args) throws Exception {
		// A demo stack on a laptop wants a quick start more than peak speed: the client compiler only
		// and the serial collector start the three services in about 15 s instead of 25 on 2 cores.
		if (System.getProperty(ServiceProcess.JVM_OPTIONS) == null) {
			System.setProperty(ServiceProcess.JVM_OPTIONS, "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
		}
		Path root = projectRoot();
		Path data = root.resolve(".local-data");
		Instant started = Instant.now();
		log.info("Starting the MongoDB-wire server (data in {})", data.resolve("mongo"));
		LocalMongoServer mongo = LocalMongoServer.start(data.resolve("mongo"), intProperty("clinic.local.mongo-port", 27017));
		log.info("MongoDB-wire server ready at {} ({})", mongo.uri(), since(started));
		log.info("Starting the Kafka broker (KRaft)");
		LocalKafkaBroker kafka = LocalKafkaBroker.start(data.resolve("kafka"), intProperty("clinic.local.kafka-port", 9092),
				intProperty("clinic.local.kafka-controller-port", 9093));
		log.info("Kafka ready at {} ({}); starting the three services", kafka.bootstrapServers(), since(started));
		PlatformServices services = PlatformServices.start(root, kafka.bootstrapServers(), mongo.uri(),
				instancePorts(intProperty("clinic.local.instances", 1)), DEMO_STAFF,
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

	/**
	 * The project's root: {@code -Dclinic.root}, or the folder the jar was built in
	 * ({@code <root>/local-platform/target/local-platform.jar}), or the working folder.
	 */
	private static Path projectRoot() throws URISyntaxException {
		String configured = System.getProperty("clinic.root");
		if (configured != null) {
			return Path.of(configured).toAbsolutePath().normalize();
		}
		Path location = Path.of(LocalPlatform.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		if (location.toString().endsWith(".jar") && location.getParent().getParent().getParent() != null) {
			return location.getParent().getParent().getParent();
		}
		return Path.of(".").toAbsolutePath().normalize();
	}

	static String since(Instant started) {
		return Duration.between(started, Instant.now()).toMillis() / 100 / 10.0 + " s";
	}

	private static Map<String, String> demoRoles() {
		Map<String, String> roles = new LinkedHashMap<>();
		roles.put("coordinator", "INTAKE_COORDINATOR");
		roles.put("clinician", "CLINICIAN");
		roles.put("scheduler", "SCHEDULER");
		roles.put("director", "PROGRAM_DIRECTOR");
		roles.put("ops", "OPS");
		return roles;
	}

	private static Map<String, String> demoStaff() {
		Map<String, String> staff = new LinkedHashMap<>();
		DEMO_ROLES.forEach((user, role) -> {
			staff.put("CLINIC_SECURITY_USERS_" + user.toUpperCase() + "_PASSWORD", DEMO_PASSWORD);
			staff.put("CLINIC_SECURITY_USERS_" + user.toUpperCase() + "_ROLES", role);
		});
		return staff;
	}

	private static Map<String, String> pages() {
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("public evaluation form", "/request-evaluation");
		pages.put("intake queue", "/intake/queue");
		pages.put("groups", "/scheduling/groups");
		pages.put("census", "/scheduling/census");
		pages.put("staff alert inbox", "/alerts");
		return pages;
	}

	private static void printBanner(PlatformServices services, Path data, Duration startup) {
		StringBuilder banner = new StringBuilder("\n\nClinic Ops is running (started in " + startup.toSeconds() + " s).\n");
		for (ServiceProcess service : services.services()) {
			banner.append(String.format("  %-21s %s   (pid %d)%n", service.name(), service.baseUrl(), service.pid()));
		}
		banner.append("Pages:\n");
		String intake = services.service("intake-service").baseUrl();
		String scheduling = services.service("scheduling-service").baseUrl();
		String notification = services.service("notification-service").baseUrl();
		PAGES.forEach((page, path) -> banner.append(String.format("  %-25s %s%n", page,
				(path.startsWith("/scheduling") ? scheduling : path.startsWith("/alerts") ? notification : intake) + path)));
		banner.append("Demo staff logins, all with the password '").append(DEMO_PASSWORD).append("':\n");
		DEMO_ROLES.forEach((user, role) -> banner.append(String.format("  %-12s %s%n", user, role)));
		banner.append("Data in ").append(data).append(" (logs in ").append(data.resolve("logs")).append(").\n");
		banner.append("Press Ctrl-C to stop.\n");
		log.info(banner.toString());
	}

	/** Ports 8081-8083 for the first instance of each service, 8091-8093 for the second, and so on. */
	private static List<PlatformServices.Ports> instancePorts(int instances) {
		return IntStream.range(0, instances)
			.mapToObj(i -> new PlatformServices.Ports(8081 + 10 * i, 8082 + 10 * i, 8083 + 10 * i))
			.toList();
	}

	private static int intProperty(String name, int defaultValue) {
		return Integer.parseInt(System.getProperty(name, String.valueOf(defaultValue)));
	}

	private LocalPlatform() {
	}

}
