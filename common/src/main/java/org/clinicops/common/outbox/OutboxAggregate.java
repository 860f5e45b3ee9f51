package org.clinicops.common.outbox;

import java.util.ArrayList;
import java.util.List;

import org.clinicops.contracts.ClinicEvent;
import org.clinicops.contracts.EventType;

import org.springframework.data.annotation.Transient;

/**
 * An aggregate that registers its events in its own document, as part of the state change that
 * causes them; {@link OutboxRelay} publishes them from the {@code outbox} field.
 */
public abstract class OutboxAggregate {

	private List<OutboxEvent> outbox = new ArrayList<>();

	/** The events registered since the aggregate was read or last saved: a save appends only these. */
	@Transient
	private List<OutboxEvent> unsaved = new ArrayList<>();

	/** Set while a repository inserts it with others and marks them all with one write afterwards. */
	@Transient
	private boolean markedWithOthers;

	protected final <T extends ClinicEvent> void register(EventType<T> type, T payload, String correlationId) {
		add(OutboxEvent.of(type, payload, correlationId));
	}

	/** Registers a tombstone that removes {@code key} from the type's compacted topic. */
	protected final void registerTombstone(EventType<?> type, String key, String correlationId) {
		add(OutboxEvent.tombstone(type, key, correlationId));
	}

	private void add(OutboxEvent event) {
		this.outbox.add(event);
		this.unsaved.add(event);
	}

	List<OutboxEvent> unsavedEvents() {
		return List.copyOf(this.unsaved);
	}

	void saved() {
		this.unsaved.clear();
	}

	boolean markedWithOthers() {
		return this.markedWithOthers;
	}

	void markWithOthers(boolean withOthers) {
		this.markedWithOthers = withOthers;
	}

	/** The events this aggregate registered and the relay has not yet published. */
	public List<OutboxEvent> pendingEvents() {
		return List.copyOf(this.outbox);
	}

}
