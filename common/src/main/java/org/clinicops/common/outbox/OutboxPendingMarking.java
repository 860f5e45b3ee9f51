package org.clinicops.common.outbox;

import org.bson.Document;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveCallback;

/**
 * Marks an aggregate's document as holding unpublished events once any insert or save of it
 * through the template or a repository has written them. After, not before: a marker written first
 * could be read, find no events yet and be removed before they arrive. A crash between the write
 * and the marker leaves the events to the relay's marking of stored events when it starts again.
 * Aggregates a repository inserts together are marked by it, together. The markers are reached
 * lazily: the template they are written with is itself being built when its callbacks are collected.
 */
public class OutboxPendingMarking implements AfterSaveCallback<OutboxAggregate> {

	private final ObjectProvider<OutboxPending> pending;

	public OutboxPendingMarking(ObjectProvider<OutboxPending> pending) {
		this.pending = pending;
	}

	@Override
	public OutboxAggregate onAfterSave(OutboxAggregate aggregate, Document document, String collection) {
		if (!aggregate.unsavedEvents().isEmpty() && !aggregate.markedWithOthers()) {
			this.pending.getObject().mark(collection, document.get("_id"));
		}
		return aggregate;
	}

}
