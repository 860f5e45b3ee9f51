package org.clinicops.localplatform;

import java.lang.reflect.InvocationTargetException;

/**
 * Runs the benchmark class of this package named by the first argument, then ends the JVM: the
 * HTTP clients' pools are not daemon threads and would keep it, and the build, waiting once the
 * figures are printed. A benchmark that fails ends it with status 1.
 */
public final class BenchmarkLauncher {

	public static void main(String[] args) throws Exception {
		try {
			Class.forName(BenchmarkLauncher.class.getPackageName() + "." + args[0])
				.getMethod("main", String[].class)
				.invoke(null, (Object) new String[0]);
		}
		catch (InvocationTargetException ex) {
			ex.getCause().printStackTrace();
			System.exit(1);
		}
		System.exit(0);
	}

	private BenchmarkLauncher() {
	}

}
