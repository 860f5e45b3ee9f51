package org.clinicops.localplatform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;


/**
 * A MongoDB-wire server in this JVM, backed by an H2 file so the services' data survives a
 * restart. The services reach it with the real MongoDB driver like any MongoDB server.
 */
final class LocalMongoServer implements AutoCloseable {

	private final MongoServer server;

	private final int port;

	private LocalMongoServer(MongoServer server, int port) {
		this.server = server;
		this.port = port;
	}

	static LocalMongoServer start(Path dataDir, int port) throws IOException {
		Files.createDirectories(dataDir);
		MongoServer server = new MongoServer(new IdIndexedH2Backend(dataDir.resolve("clinic-ops.mv").toString()));
		server.bind("localhost", port);
		return new LocalMongoServer(server, port);
	}

	String uri() {
		return "mongodb://localhost:" + this.port;
	}

	@Override
	public void close() {
		this.server.shutdown();
	}

}
