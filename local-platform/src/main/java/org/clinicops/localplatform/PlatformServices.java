package org.clinicops.localplatform;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The three services of the platform started against one Kafka broker and one MongoDB server,
 * each with its own database, as the local stack and the end-to-end test both run them.
 */
public final class PlatformServices implements AutoCloseable {

	public record Ports(int intake, int scheduling, int notification) {
	}

	private final List<ServiceProcess> services;

	private static final Logger log = LoggerFactory.getLogger(PlatformServices.class);

	private PlatformServices(List<ServiceProcess> services) {
		this.services = services;
	}

	/**
	 * @param root the project's root folder, where each service's runnable jar is built
	 * @param staff staff accounts as environment variables
	 * @param extra further environment for every service
	 */
	public static PlatformServices start(Path root, String kafkaBootstrapServers, String mongoBaseUri, Ports ports,
			Map<String, String> staff, Map<String, String> extra, Path logDir, Duration startTimeout)
			throws Exception {
		return start(root, kafkaBootstrapServers, mongoBaseUri, List.of(ports), staff, extra, logDir, startTimeout);
	}

	/**
	 * Starts one instance of each service per {@code Ports}, all on one broker and one database:
	 * the first instance of each is named for its service, the next ones {@code <service>-2} and on.
	 */
	public static PlatformServices start(Path root, String kafkaBootstrapServers, String mongoBaseUri,
			List<Ports> instances, Map<String, String> staff, Map<String, String> extra, Path logDir,
			Duration startTimeout) throws Exception {
		Ports first = instances.get(0);
		Map<String, String> shared = new LinkedHashMap<>(staff);
		shared.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
		shared.put("CLINIC_NOTIFICATION_LINKS_INTAKE", "http://localhost:" + first.intake());
		shared.put("CLINIC_NOTIFICATION_LINKS_SCHEDULING", "http://localhost:" + first.scheduling());
		shared.putAll(extra);
		List<ServiceProcess> started = new ArrayList<>();
		PlatformServices platform = new PlatformServices(started);
		try {
			for (int i = 0; i < instances.size(); i++) {
				Ports ports = instances.get(i);
				String suffix = (i == 0) ? "" : "-" + (i + 1);
				started.add(start(root, "intake-service", suffix, ports.intake(), mongoBaseUri + "/intake", shared, logDir));
				started.add(start(root, "scheduling-service", suffix, ports.scheduling(), mongoBaseUri + "/scheduling",
						shared, logDir));
				started.add(start(root, "notification-service", suffix, ports.notification(),
						mongoBaseUri + "/notification", shared, logDir));
			}
			Instant starting = Instant.now();
			for (ServiceProcess service : started) {
				service.awaitHealthy(startTimeout);
				log.info("{} healthy at {} ({})", service.name(), service.baseUrl(), LocalPlatform.since(starting));
			}
			return platform;
		}
		catch (Exception ex) {
			platform.close();
			throw ex;
		}
	}

	private static ServiceProcess start(Path root, String name, String suffix, int port, String mongoUri,
			Map<String, String> shared, Path logDir) throws Exception {
		Map<String, String> environment = new LinkedHashMap<>(shared);
		environment.put("SPRING_MONGODB_URI", mongoUri);
		return ServiceProcess.start(name + suffix, root.resolve(name).resolve("target").resolve(name + "-exec.jar"), port,
				environment, logDir);
	}

	/** Kills one service as a crash would and waits until it is healthy again. */
	public void crashAndRestart(String name, Duration startTimeout) throws Exception {
		ServiceProcess crashed = service(name);
		ServiceProcess restarted = crashed.crashAndRestart();
		this.services.set(this.services.indexOf(crashed), restarted);
		restarted.awaitHealthy(startTimeout);
	}

	public List<ServiceProcess> services() {
		return List.copyOf(this.services);
	}

	public ServiceProcess service(String name) {
		return this.services.stream().filter(service -> service.name().equals(name)).findFirst().orElseThrow();
	}

	@Override
	public void close() throws InterruptedException {
		for (int i = this.services.size() - 1; i >= 0; i--) {
			this.services.get(i).close();
		}
	}

}
