package org.clinicops.common.outbox;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * The trace an outbox event was stored in, kept with the event as a W3C {@code traceparent}, so
 * that the relay publishes it in that trace rather than in a trace of its own poll: one trace runs
 * from a request through every service its events reach. A listener that handles a batch of
 * records (the container observes only single records) makes each record's trace current itself
 * while it works for that record.
 */
public final class TraceParent {

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

	/** The trace a consumed record was published in, or the root context if it carries none. */
	public static Context of(ConsumerRecord<?, ?> record) {
		Header header = record.headers().lastHeader(HEADER);
		return restore((header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null);
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
