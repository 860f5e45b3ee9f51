package org.clinicops.localplatform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

/** The benchmarks' load: 8 clients, each making its next call as soon as its last was answered. */
final class EightClients {

	static final int COUNT = 8;

	private EightClients() {
	}

	/** Calls for the duration; returns the calls a second that succeeded (the call says whether it did). */
	static double perSecond(BooleanSupplier call, Duration duration) throws Exception {
		ExecutorService clients = Executors.newFixedThreadPool(COUNT);
		try {
			long start = System.nanoTime();
			long end = start + duration.toNanos();
			List<Future<Integer>> counts = new ArrayList<>();
			for (int i = 0; i < COUNT; i++) {
				counts.add(clients.submit(() -> {
					int succeeded = 0;
					while (System.nanoTime() < end) {
						if (call.getAsBoolean()) {
							succeeded++;
						}
					}
					return succeeded;
				}));
			}
			long succeeded = 0;
			for (Future<Integer> count : counts) {
				succeeded += count.get();
			}
			return succeeded / ((System.nanoTime() - start) / 1e9);
		}
		finally {
			clients.shutdownNow();
		}
	}

}
