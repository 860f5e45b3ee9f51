package org.clinicops.common.outbox;

import java.util.List;
import java.util.Objects;

import org.bson.Document;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.mongodb.repository.query.MongoEntityInformation;
import org.springframework.data.mongodb.repository.support.SimpleMongoRepository;
import org.springframework.data.util.Streamable;

/**
 * The repositories of every service. Saving an {@link OutboxAggregate} that is already stored
 * writes its fields but never its {@code outbox} as a whole: it appends only the events registered
 * since it was read. A whole-document save would write back events the relay had published and
 * removed in the meantime (the relay's removal does not change the version), and they would be
 * published a second time.
 * <p>
 * {@link #insert(Iterable)} marks the inserted documents that hold events with one write, not one
 * each.
 * <p>
 * {@link #existsById} looks the id up instead of counting: a count runs as an aggregation, which
 * the MongoDB-wire server answers by scanning the whole collection.
 */
public class OutboxAwareRepository<T, ID> extends SimpleMongoRepository<T, ID> {

	private static final String OUTBOX = "outbox";

	private final MongoEntityInformation<T, ID> information;

	private final MongoOperations mongo;

	private final OutboxPending pending;

	public OutboxAwareRepository(MongoEntityInformation<T, ID> information, MongoOperations mongo) {
		super(information, mongo);
		this.information = information;
		this.mongo = mongo;
		this.pending = new OutboxPending(mongo);
	}

	@Override
	public boolean existsById(ID id) {
		Query byId = Query.query(Criteria.where("_id").is(id));
		byId.fields().include("_id");
		return this.mongo.findOne(byId, Document.class, this.information.getCollectionName()) != null;
	}

	/**
	 * Inserts with one command and marks the documents holding events with one more. They are marked
	 * also when the insert fails part way: a marker of a document not stored is removed by the relay,
	 * which finds no events there.
	 */
	@Override
	public <S extends T> List<S> insert(Iterable<S> entities) {
		List<S> all = Streamable.of(entities).toList();
		List<OutboxAggregate> withEvents = all.stream()
			.filter(entity -> entity instanceof OutboxAggregate aggregate && !aggregate.unsavedEvents().isEmpty())
			.map(OutboxAggregate.class::cast)
			.toList();
		withEvents.forEach(aggregate -> aggregate.markWithOthers(true));
		try {
			List<S> inserted = super.insert(all);
			all.stream().filter(OutboxAggregate.class::isInstance).map(OutboxAggregate.class::cast).forEach(OutboxAggregate::saved);
			return inserted;
		}
		finally {
			withEvents.forEach(aggregate -> aggregate.markWithOthers(false));
			this.pending.markAll(this.information.getCollectionName(),
					withEvents.stream().map(this::idOf).filter(Objects::nonNull).toList());
		}
	}

	@SuppressWarnings("unchecked")
	private Object idOf(OutboxAggregate aggregate) {
		return this.information.getId((T) aggregate);
	}

	@Override
	public <S extends T> S save(S entity) {
		if (!(entity instanceof OutboxAggregate aggregate)) {
			return super.save(entity);
		}
		if (this.information.isNew(entity)) {
			S inserted = super.save(entity);
			aggregate.saved();
			return inserted;
		}
		MongoPersistentEntity<?> persistent = this.mongo.getConverter().getMappingContext()
			.getRequiredPersistentEntity(entity.getClass());
		Document fields = new Document();
		this.mongo.getConverter().write(entity, fields);
		Query stored = Query.query(Criteria.where("_id").is(fields.get("_id")));
		Update update = new Update();
		fields.forEach((name, value) -> {
			if (!name.equals("_id") && !name.equals(OUTBOX)) {
				update.set(name, value);
			}
		});
		for (MongoPersistentProperty property : persistent) {
			if (!property.isIdProperty() && !fields.containsKey(property.getFieldName())) {
				update.unset(property.getFieldName());
			}
		}
		PersistentPropertyAccessor<S> accessor = persistent.getPropertyAccessor(entity);
		MongoPersistentProperty version = persistent.getVersionProperty();
		Long nextVersion = null;
		if (version != null) {
			Number current = (Number) accessor.getProperty(version);
			stored.addCriteria(Criteria.where(version.getFieldName()).is(current));
			nextVersion = current.longValue() + 1;
			update.set(version.getFieldName(), nextVersion);
		}
		String collection = this.information.getCollectionName();
		if (!aggregate.unsavedEvents().isEmpty()) {
			update.push(OUTBOX).each(aggregate.unsavedEvents().toArray());
		}
		boolean written = (version != null)
				? this.mongo.updateFirst(stored, update, entity.getClass(), collection).getMatchedCount() == 1
				: this.mongo.upsert(stored, update, entity.getClass(), collection).wasAcknowledged();
		if (!written) {
			throw new OptimisticLockingFailureException("The " + collection + " document " + fields.get("_id")
					+ " changed since it was read (version " + accessor.getProperty(version) + ")");
		}
		if (!aggregate.unsavedEvents().isEmpty()) {
			this.pending.mark(collection, fields.get("_id"));
		}
		if (version != null) {
			accessor.setProperty(version, nextVersion);
		}
		aggregate.saved();
		return entity;
	}

}
