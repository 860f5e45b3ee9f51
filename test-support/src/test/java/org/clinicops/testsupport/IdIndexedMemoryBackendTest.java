package org.clinicops.testsupport;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A query naming one {@code _id}, or a list of them, and more answers exactly as before, now from the id index. */
class IdIndexedMemoryBackendTest {

	private final MongoServer server = new MongoServer(new IdIndexedMemoryBackend());

	private final MongoClient client;

	private final MongoCollection<Document> weeks;

	IdIndexedMemoryBackendTest() {
		InetSocketAddress address = this.server.bind();
		this.client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
		this.weeks = this.client.getDatabase("test").getCollection("weeks");
		this.weeks.insertMany(List.of(new Document("_id", "a").append("version", 1).append("busy", List.of(36, 37)),
				new Document("_id", "b").append("version", 4).append("busy", List.of())));
	}

	@AfterEach
	void stop() {
		this.client.close();
		this.server.shutdownNow();
	}

	@Test
	void aConditionalUpdateByIdChangesTheDocumentOnlyWhenTheConditionHolds() {
		assertThat(this.weeks.updateOne(Filters.and(Filters.eq("_id", "a"), Filters.eq("version", 2)),
				Updates.inc("version", 1)).getMatchedCount()).isZero();
		assertThat(this.weeks.updateOne(Filters.and(Filters.eq("_id", "a"), Filters.eq("version", 1)),
				Updates.inc("version", 1)).getModifiedCount()).isEqualTo(1);
		assertThat(this.weeks.updateOne(Filters.and(Filters.eq("_id", "a"), Filters.nin("busy", 37, 38)),
				Updates.push("busy", 38)).getMatchedCount()).isZero();
		assertThat(this.weeks.updateOne(Filters.and(Filters.eq("_id", "b"), Filters.nin("busy", 37, 38)),
				Updates.push("busy", 38)).getModifiedCount()).isEqualTo(1);

		assertThat(this.weeks.find(Filters.eq("_id", "a")).first().getInteger("version")).isEqualTo(2);
		assertThat(this.weeks.find(Filters.eq("_id", "b")).first().getList("busy", Integer.class)).containsExactly(38);
	}

	@Test
	void findsDeletesAndProjectionsNamingAnIdAnswerAsBefore() {
		assertThat(this.weeks.find(Filters.and(Filters.eq("_id", "b"), Filters.gt("version", 3)))
			.projection(Projections.include("_id"))
			.first()).isEqualTo(new Document("_id", "b"));
		assertThat(this.weeks.find(Filters.and(Filters.eq("_id", "missing"), Filters.gt("version", 3))).first()).isNull();
		assertThat(this.weeks.find(Filters.in("_id", "a", "b")).into(new ArrayList<>())).hasSize(2);
		assertThat(this.weeks.deleteOne(Filters.and(Filters.eq("_id", "a"), Filters.eq("version", 9))).getDeletedCount())
			.isZero();
		assertThat(this.weeks.deleteOne(Filters.and(Filters.eq("_id", "a"), Filters.eq("version", 1))).getDeletedCount())
			.isEqualTo(1);
		assertThat(this.weeks.countDocuments()).isEqualTo(1);
	}

	@Test
	void aQueryNamingAListOfIdsAndMoreAnswersOnlyTheListedDocumentsThatMatch() {
		assertThat(this.weeks.find(Filters.and(Filters.in("_id", "a", "b", "missing"), Filters.gt("version", 3)))
			.into(new ArrayList<>())).extracting(week -> week.get("_id")).containsExactly("b");
		assertThat(this.weeks.updateMany(Filters.and(Filters.in("_id", "a", "missing"), Filters.lt("version", 3)),
				Updates.set("claimed", true)).getModifiedCount()).isEqualTo(1);
		assertThat(this.weeks.find(Filters.eq("claimed", true)).into(new ArrayList<>())).extracting(week -> week.get("_id"))
			.containsExactly("a");
	}

	@Test
	void aQueryNamingIdsAndMoreAsOneDocumentAsSpringDataWritesItAnswersOnlyTheListedDocumentsThatMatch() {
		Document listedAndVersionAboveThree = new Document("_id", new Document("$in", List.of("a", "b", "missing")))
			.append("version", new Document("$gt", 3));
		Document aWithVersionOne = new Document("_id", "a").append("version", 1);

		assertThat(this.weeks.find(listedAndVersionAboveThree).into(new ArrayList<>())).extracting(week -> week.get("_id"))
			.containsExactly("b");
		assertThat(this.weeks.updateOne(aWithVersionOne.append("busy", new Document("$nin", List.of(37))),
				Updates.set("claimed", true)).getMatchedCount()).isZero();
		assertThat(this.weeks.deleteMany(new Document("_id", new Document("$in", List.of("a", "b")))
			.append("version", 1)).getDeletedCount()).isEqualTo(1);
		assertThat(this.weeks.find().into(new ArrayList<>())).extracting(week -> week.get("_id")).containsExactly("b");
	}

	@Test
	void aQueryNamingOnlyAListOfIdsReadsChangesAndDeletesTheListedDocumentsThatExist() {
		assertThat(this.weeks.find(Filters.in("_id", "b", "missing")).into(new ArrayList<>()))
			.extracting(week -> week.get("_id"))
			.containsExactly("b");
		assertThat(this.weeks.updateMany(Filters.in("_id", "a", "missing"), Updates.set("claimed", true)).getModifiedCount())
			.isEqualTo(1);
		assertThat(this.weeks.countDocuments(Filters.in("_id", "a", "b"))).isEqualTo(2);
		assertThat(this.weeks.deleteMany(Filters.in("_id", "a", "missing")).getDeletedCount()).isEqualTo(1);
		assertThat(this.weeks.find().into(new ArrayList<>())).extracting(week -> week.get("_id")).containsExactly("b");
	}

	@Test
	void anUpsertByIdWhoseConditionFailsOnAStoredDocumentIsRefusedAsADuplicateAsRealMongoDbRefusesIt() {
		assertThatThrownBy(() -> this.weeks.updateOne(Filters.and(Filters.eq("_id", "a"), Filters.nin("busy", 37)),
				Updates.push("busy", 37), new UpdateOptions().upsert(true)))
			.isInstanceOfSatisfying(MongoWriteException.class, ex -> assertThat(ex.getCode()).isEqualTo(11000));
		this.weeks.updateOne(Filters.and(Filters.eq("_id", "c"), Filters.nin("busy", 37)), Updates.push("busy", 37),
				new UpdateOptions().upsert(true));
		assertThat(this.weeks.find(Filters.eq("_id", "c")).first()).isEqualTo(new Document("_id", "c").append("busy",
				List.of(37)));
		assertThat(this.weeks.find(Filters.eq("_id", "a")).first().getList("busy", Integer.class)).containsExactly(36, 37);
	}

}
