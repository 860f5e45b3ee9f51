package org.clinicops.common.outbox;

import org.bson.Document;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveCallback;

/**
 * Marks an aggregate's document as holding unpublished events before any insert or save of it
 * through the template or a repository writes them. The markers are reached lazily: the template
 * they are written with is itself being built when its callbacks are collected.
 */
public class OutboxPendingMarking implements BeforeSaveCallback<OutboxAggregate> {

	private final ObjectProvider<OutboxPending> pending;

	public OutboxPendingMarking(ObjectProvider<OutboxPending> pending) {
		this.pending = pending;
	}

	@Override
	public OutboxAggregate onBeforeSave(OutboxAggregate aggregate, Document document, String collection) {
		if (!aggregate.unsavedEvents().isEmpty()) {
			this.pending.getObject().mark(collection, document.get("_id"));
		}
		return aggregate;
	}

}
