package org.clinicops.localplatform;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


/**
 * A MongoDB-wire server in this JVM, backed by an H2 file so the services' data survives a
 * restart. The services reach it with the real MongoDB driver like any MongoDB server.
 */
final class LocalMongoServer implements AutoCloseable {

	static final String FILE_NAME = "clinic-ops.mv";

	private static final Logger log = LoggerFactory.getLogger(LocalMongoServer.class);

	private final MongoServer server;

	private final int port;

	private LocalMongoServer(MongoServer server, int port) {
		this.server = server;
		this.port = port;
	}

	static LocalMongoServer start(Path dataDir, int port) throws IOException {
		Files.createDirectories(dataDir);
		Path file = dataDir.resolve(FILE_NAME);
		StoreFormat.upgrade(file);
		MVStore store = new MVStore.Builder().fileName(file.toString())
			.cacheSize(cacheMegabytes())
			.backgroundExceptionHandler(LocalMongoServer::writeFailed)
			.open();
		MongoServer server = new MongoServer(new IdIndexedH2Backend(store));
		server.bind(new InetSocketAddress("localhost", port), 1, commandThreads());
		return new LocalMongoServer(server, port);
	}

	/**
	 * The store's page cache: an eighth of the heap, at most 256 MB ({@code -Dclinic.local.mongo-cache-mb}).
	 * H2's own 16 MB held a few thousand documents: beyond that a lookup by id read its page from the
	 * file and deserialized it, a cost that grew with the data (measured: the burst at two thirds of
	 * its speed with 50,000 of each record stored).
	 */
	private static int cacheMegabytes() {
		long eighthOfHeap = Runtime.getRuntime().maxMemory() / 8 / (1024 * 1024);
		return Integer.getInteger("clinic.local.mongo-cache-mb", (int) Math.min(256, Math.max(16, eighthOfHeap)));
	}

	/**
	 * The threads that run the services' commands ({@code -Dclinic.local.mongo-threads}, 32). The wire
	 * server runs each command on its connection's network thread, and by default has four (twice the
	 * cores) for all the connections, ~29 in a benchmark run: a command waiting for a collection that
	 * another command holds (the server takes one command per collection at a time) held up every
	 * connection sharing its thread, whatever collection they wanted. With a thread for about every
	 * connection the services open, a wait holds up only its own connection. An idle thread costs its
	 * stack alone.
	 */
	private static int commandThreads() {
		return Integer.getInteger("clinic.local.mongo-threads", 32);
	}

	/**
	 * H2 writes the store's file on threads of its own and otherwise keeps a failure there to itself:
	 * a store whose write failed closes, and the services' commands go unanswered with nothing in the
	 * log to say why.
	 */
	private static void writeFailed(Thread thread, Throwable failure) {
		log.error("The local store could not write its file ({}); data up to its last write is in {}; "
				+ "restart the platform if the services' database commands stop being answered", thread.getName(),
				FILE_NAME, failure);
	}

	String uri() {
		return "mongodb://localhost:" + this.port;
	}

	@Override
	public void close() {
		this.server.shutdown();
	}

}
