package org.clinicops.common.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.springframework.context.SmartLifecycle;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events to the browsers connected to this instance: each connection is kept with
 * what it may see ({@code A}, say its staff roles), a closed or failed one is dropped, and a
 * browser reconnects by itself when a connection ends. A feed is a bean that ends its
 * connections first when the service stops (browsers reconnect to another instance), so that a
 * graceful shutdown does not wait on connections that never end.
 *
 * @param <A> what a connection is allowed to see
 */
public class LiveFeed<A> implements SmartLifecycle {

	private static final Duration CONNECTION_LIFETIME = Duration.ofMinutes(30);

	private record Subscriber<A>(SseEmitter emitter, A audience) {
	}

	private final List<Subscriber<A>> subscribers = new CopyOnWriteArrayList<>();

	private volatile boolean running;

	/** A new connection; it receives a comment at once, so the browser knows it is connected. */
	public SseEmitter subscribe(A audience) {
		SseEmitter emitter = new SseEmitter(CONNECTION_LIFETIME.toMillis());
		Subscriber<A> subscriber = new Subscriber<>(emitter, audience);
		this.subscribers.add(subscriber);
		emitter.onCompletion(() -> this.subscribers.remove(subscriber));
		emitter.onTimeout(() -> this.subscribers.remove(subscriber));
		emitter.onError(error -> this.subscribers.remove(subscriber));
		try {
			emitter.send(SseEmitter.event().comment("connected"));
		}
		catch (IOException ex) {
			this.subscribers.remove(subscriber);
		}
		return emitter;
	}

	/** Sends one event to every connection whose audience the filter accepts. */
	public void send(String name, String id, Object data, Predicate<A> to) {
		for (Subscriber<A> subscriber : this.subscribers) {
			if (to.test(subscriber.audience())) {
				try {
					subscriber.emitter().send(SseEmitter.event().name(name).id(id).data(data));
				}
				catch (IOException | IllegalStateException ex) {
					this.subscribers.remove(subscriber);
				}
			}
		}
	}

	public boolean hasSubscribers() {
		return !this.subscribers.isEmpty();
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		this.subscribers.forEach(subscriber -> subscriber.emitter().complete());
		this.subscribers.clear();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
