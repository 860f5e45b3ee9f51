package org.clinicops.common.outbox;

import java.util.HashMap;
import java.util.Map;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * The trace an outbox event was stored in, kept with the event as a W3C {@code traceparent}, so
 * that the relay publishes it in that trace rather than in a trace of its own poll: one trace runs
 * from a request through every service its events reach.
 */
final class TraceParent {

	private static final String HEADER = "traceparent";

	private static final TextMapGetter<Map<String, String>> MAP = new TextMapGetter<>() {

		@Override
		public Iterable<String> keys(Map<String, String> carrier) {
			return carrier.keySet();
		}

		@Override
		public String get(Map<String, String> carrier, String key) {
			return (carrier != null) ? carrier.get(key) : null;
		}

	};

	/** The current trace as a {@code traceparent}, or null outside any trace. */
	static String current() {
		Map<String, String> carrier = new HashMap<>();
		W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
		return carrier.get(HEADER);
	}

	/** The context a stored {@code traceparent} describes, or the root context without one. */
	static Context restore(String traceParent) {
		if (traceParent == null) {
			return Context.root();
		}
		return W3CTraceContextPropagator.getInstance().extract(Context.root(), Map.of(HEADER, traceParent), MAP);
	}

	private TraceParent() {
	}

}
