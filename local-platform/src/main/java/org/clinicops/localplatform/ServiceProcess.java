package org.clinicops.localplatform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service of the platform running as its own JVM from its executable jar, configured through
 * its environment (as in production, so no password shows on a command line), its output in a
 * log file.
 */
public final class ServiceProcess implements AutoCloseable {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String name;

	private final int port;

	private final Process process;

	private final Path log;

	private final Path jar;

	private final Map<String, String> environment;

	private ServiceProcess(String name, int port, Process process, Path log, Path jar, Map<String, String> environment) {
		this.name = name;
		this.port = port;
		this.process = process;
		this.log = log;
		this.jar = jar;
		this.environment = Map.copyOf(environment);
	}

	/** Further JVM options for every service, separated by spaces. */
	static final String JVM_OPTIONS = "clinic.service.jvm-options";

	public static ServiceProcess start(String name, Path jar, int port, Map<String, String> environment, Path logDir)
			throws IOException {
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(jar + " does not exist: build the services first (./mvnw package)");
		}
		Files.createDirectories(logDir);
		Path log = logDir.resolve(name + ".log");
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java, "-Xmx384m"));
		Arrays.stream(System.getProperty(JVM_OPTIONS, "").split("\\s+")).filter(option -> !option.isBlank())
			.forEach(command::add);
		command.addAll(List.of("-jar", jar.toString()));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().putAll(environment);
		builder.environment().put("SERVER_PORT", String.valueOf(port));
		return new ServiceProcess(name, port, builder.start(), log, jar, environment);
	}

	/** Kills the service at once, as a crash would (no graceful shutdown), and starts it again. */
	public ServiceProcess crashAndRestart() throws IOException, InterruptedException {
		this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		return start(this.name, this.jar, this.port, this.environment, this.log.getParent());
	}

	/** Waits until the service reports itself UP (MongoDB and Kafka included), or fails with its log. */
	public void awaitHealthy(Duration timeout) throws InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
			.timeout(Duration.ofSeconds(5))
			.build();
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(this.name + " exited with " + this.process.exitValue() + "; see " + this.log);
			}
			try {
				HttpResponse<String> response = HTTP.send(health, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
					return;
				}
			}
			catch (IOException notYetListening) {
				// Still starting.
			}
			this.process.waitFor(250, TimeUnit.MILLISECONDS);
		}
		throw new IllegalStateException(this.name + " was not healthy within " + timeout + "; see " + this.log);
	}

	public String name() {
		return this.name;
	}

	public String baseUrl() {
		return "http://localhost:" + this.port;
	}

	public long pid() {
		return this.process.pid();
	}

	/** Asks the service to stop (SIGTERM, a graceful Spring shutdown), then forces it after a grace period. */
	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
		}
	}

}
