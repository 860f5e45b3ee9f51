package org.clinicops.localplatform;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The local stack's file-backed MongoDB-wire server through the real driver: what it stores comes
 * back the same after a restart, its unique indexes still refuse a second key, and a file written
 * before documents were stored as BSON is rewritten and reads as before; a document changed among
 * unchanged ones in the file is written as last changed, the others as they were; an update leaves the
 * earlier version of the store, which H2 may still be writing on its own thread, as it was, and so
 * leaves a document a find answered with as it was; a sorted page answers as sorting every match would,
 * a find that leaves out fields answers the others and leaves the stored document whole, and a query
 * answered from non-unique indexes as reading every document would.
 */
class LocalMongoServerTest {

	@TempDir
	Path data;

	@Test
	void documentsOfEveryBsonTypeAndTheirUniqueIndexesReadTheSameAfterARestart() throws Exception {
		Document stored = everyType("p-1", "ana@example.org");
		int port = TemporaryStack.freePort();
		try (LocalMongoServer server = LocalMongoServer.start(this.data, port)) {
			withPeople(server, people -> {
				people.createIndex(Indexes.ascending("email"), new IndexOptions().unique(true));
				people.insertOne(stored);
				people.insertOne(everyType("p-2", "ben@example.org"));
			});
		}
		try (LocalMongoServer server = LocalMongoServer.start(this.data, port)) {
			withPeople(server, people -> {
				assertThat(people.find(Filters.eq("_id", "p-1")).first()).isEqualTo(stored);
				assertThat(people.find(Filters.eq("email", "ben@example.org")).first()).extracting(person -> person.get("_id"))
					.isEqualTo("p-2");
				assertThatExceptionOfType(MongoWriteException.class)
					.isThrownBy(() -> people.insertOne(everyType("p-3", "ana@example.org")))
					.satisfies(refused -> assertThat(refused.getCode()).isEqualTo(11000));
				assertThat(people.updateOne(Filters.and(Filters.eq("_id", "p-1"), Filters.eq("count", 7)),
						Updates.inc("count", 1)).getModifiedCount()).isEqualTo(1);
				assertThat(people.countDocuments()).isEqualTo(2);
			});
		}
	}

	@Test
	void aQueryNamingIdsAndMoreAnswersOnlyTheListedDocumentsThatMatch() throws Exception {
		try (LocalMongoServer server = LocalMongoServer.start(this.data, TemporaryStack.freePort())) {
			withPeople(server, people -> {
				people.insertMany(List.of(new Document("_id", "a").append("version", 1).append("busy", List.of(36, 37)),
						new Document("_id", "b").append("version", 4)));

				assertThat(people.find(new Document("_id", new Document("$in", List.of("a", "b", "missing")))
					.append("version", new Document("$gt", 3))).into(new ArrayList<>())).extracting(person -> person.get("_id"))
					.containsExactly("b");
				assertThat(people.updateOne(new Document("_id", "a").append("busy", new Document("$nin", List.of(37))),
						Updates.set("claimed", true)).getMatchedCount()).isZero();
				assertThat(people.find(new Document("_id", new Document("$in", List.of("a", "missing")))).into(new ArrayList<>()))
					.extracting(person -> person.get("_id"))
					.containsExactly("a");
			});
		}
	}

	@Test
	void documentsChangedAmongUnchangedOnesReadAsLastChangedAfterEachRestart() throws Exception {
		Map<String, Document> expected = new TreeMap<>();
		int port = TemporaryStack.freePort();
		try (LocalMongoServer server = LocalMongoServer.start(this.data, port)) {
			withPeople(server, people -> {
				for (int i = 0; i < 40; i++) {
					Document person = new Document("_id", "p-" + i).append("count", i).append("tags", List.of("new"));
					people.insertOne(person);
					expected.put("p-" + i, person);
				}
				people.updateOne(Filters.eq("_id", "p-3"), Updates.inc("count", 100));
				people.updateOne(Filters.eq("_id", "p-3"), Updates.push("tags", "moved"));
				expected.put("p-3", new Document("_id", "p-3").append("count", 103).append("tags", List.of("new", "moved")));
			});
		}
		try (LocalMongoServer server = LocalMongoServer.start(this.data, port)) {
			withPeople(server, people -> {
				assertThat(people.find().into(new ArrayList<>())).containsExactlyInAnyOrderElementsOf(expected.values());
				people.updateOne(Filters.and(Filters.eq("_id", "p-7"), Filters.eq("count", 7)),
						Updates.combine(Updates.set("status", "ENROLLED"), Updates.unset("tags")));
				people.findOneAndUpdate(Filters.eq("_id", "p-3"), Updates.inc("count", 1));
				people.updateOne(Filters.eq("_id", "p-40"), Updates.set("count", 40), new UpdateOptions().upsert(true));
				people.deleteOne(Filters.eq("_id", "p-20"));
				expected.put("p-7", new Document("_id", "p-7").append("count", 7).append("status", "ENROLLED"));
				expected.put("p-3", new Document("_id", "p-3").append("count", 104).append("tags", List.of("new", "moved")));
				expected.put("p-40", new Document("_id", "p-40").append("count", 40));
				expected.remove("p-20");
			});
		}
		try (LocalMongoServer server = LocalMongoServer.start(this.data, port)) {
			withPeople(server, people -> assertThat(people.find().into(new ArrayList<>()))
				.containsExactlyInAnyOrderElementsOf(expected.values()));
		}
	}

	@Test
	void aFileWrittenWithJavaSerializedDocumentsIsRewrittenAtStartAndReadsAsBefore() throws Exception {
		Document stored = everyType("p-1", "ana@example.org");
		int port = TemporaryStack.freePort();
		MongoServer earlier = new MongoServer(
				new H2Backend(new MVStore.Builder().fileName(this.data.resolve(LocalMongoServer.FILE_NAME).toString()).open()));
		earlier.bind("localhost", port);
		try (MongoClient client = MongoClients.create("mongodb://localhost:" + port)) {
			MongoCollection<Document> people = client.getDatabase("clinic").getCollection("people");
			people.createIndex(Indexes.ascending("email"), new IndexOptions().unique(true));
			people.insertOne(stored);
		}
		finally {
			earlier.shutdown();
		}
		for (int start = 0; start < 2; start++) {
			try (LocalMongoServer server = LocalMongoServer.start(this.data, port)) {
				withPeople(server, people -> {
					assertThat(people.find(Filters.eq("_id", "p-1")).first()).isEqualTo(stored);
					assertThat(people.find(Filters.eq("email", "ana@example.org")).first()).isEqualTo(stored);
					assertThatExceptionOfType(MongoWriteException.class)
						.isThrownBy(() -> people.insertOne(everyType("p-2", "ana@example.org")))
						.satisfies(refused -> assertThat(refused.getCode()).isEqualTo(11000));
				});
			}
		}
	}

	@Test
	void anUpdateLeavesTheVersionTheStoreIsStillWritingAsItWas() throws Exception {
		MVStore store = new MVStore.Builder().fileName(this.data.resolve(LocalMongoServer.FILE_NAME).toString()).open();
		MongoServer server = new MongoServer(new IdIndexedH2Backend(store));
		int port = TemporaryStack.freePort();
		server.bind("localhost", port);
		try (MongoClient client = MongoClients.create("mongodb://localhost:" + port)) {
			MongoCollection<Document> people = client.getDatabase("clinic").getCollection("people");
			people.insertOne(new Document("_id", "p-1").append("status", "WAITING").append("waitingSince", "2026-12-01"));
			long written = store.getCurrentVersion();
			store.commit();

			people.updateOne(Filters.and(Filters.eq("_id", "p-1"), Filters.eq("status", "WAITING")),
					Updates.combine(Updates.set("status", "ENROLLED"), Updates.set("groupId", "g-1"),
							Updates.unset("waitingSince")));

			MVMap<Object, de.bwaldvogel.mongo.bson.Document> documents = store.openMap("databases.clinic.people",
					StoreFormat.documents());
			assertThat(documents.openVersion(written).get("p-1")).containsOnlyKeys("_id", "status", "waitingSince")
				.containsEntry("status", "WAITING");
			assertThat(documents.get("p-1")).containsOnlyKeys("_id", "status", "groupId")
				.containsEntry("status", "ENROLLED");
		}
		finally {
			server.shutdown();
		}
	}

	@Test
	void aFindAnswersWithTheDocumentTheStoreKeepsAndAChangeLeavesThatDocumentAsItWas() throws Exception {
		MVStore store = new MVStore.Builder().fileName(this.data.resolve(LocalMongoServer.FILE_NAME).toString()).open();
		IdIndexedH2Backend backend = new IdIndexedH2Backend(store);
		MongoServer server = new MongoServer(backend);
		int port = TemporaryStack.freePort();
		server.bind("localhost", port);
		try (MongoClient client = MongoClients.create("mongodb://localhost:" + port)) {
			MongoCollection<Document> people = client.getDatabase("clinic").getCollection("people");
			people.insertOne(new Document("_id", "p-1").append("status", "WAITING"));
			MVMap<Object, de.bwaldvogel.mongo.bson.Document> documents = store.openMap("databases.clinic.people",
					StoreFormat.documents());
			de.bwaldvogel.mongo.MongoCollection<?> collection = backend.resolveDatabase("clinic")
				.resolveCollection("people", true);

			de.bwaldvogel.mongo.bson.Document found = collection
				.handleQuery(new de.bwaldvogel.mongo.bson.Document("_id", "p-1").append("status", "WAITING"))
				.iterator()
				.next();
			assertThat(found).isSameAs(documents.get("p-1"));

			people.findOneAndUpdate(Filters.and(Filters.eq("_id", "p-1"), Filters.eq("status", "WAITING")),
					Updates.set("status", "ENROLLED"));
			assertThat(found).containsEntry("status", "WAITING");
			de.bwaldvogel.mongo.bson.Document enrolled = documents.get("p-1");
			assertThat(enrolled).containsEntry("status", "ENROLLED");

			people.updateOne(Filters.eq("_id", "p-1"), Updates.set("status", "DISCHARGED"));
			assertThat(enrolled).containsEntry("status", "ENROLLED");
			assertThat(people.find(Filters.eq("_id", "p-1")).first()).containsEntry("status", "DISCHARGED");
		}
		finally {
			server.shutdown();
		}
	}

	@Test
	void aSortedPageOfAQueryAnswersAsSortingEveryMatchWouldTiesInTheOrderTheStoreReadsThem() throws Exception {
		List<Document> stored = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			stored.add(new Document("_id", String.format("p-%03d", (i * 37) % 500)).append("day", i % 7)
				.append("status", (i % 3 == 0) ? "CLOSED" : "OPEN"));
		}
		// The store reads a collection in the order of its ids.
		List<Document> read = stored.stream().sorted(Comparator.comparing((Document person) -> person.getString("_id"))).toList();
		List<Document> open = read.stream().filter(person -> person.get("status").equals("OPEN")).toList();
		Comparator<Document> byDay = Comparator.comparing((Document person) -> person.getInteger("day"));
		try (LocalMongoServer server = LocalMongoServer.start(this.data, TemporaryStack.freePort())) {
			withPeople(server, people -> {
				people.insertMany(stored);

				assertThat(people.find(Filters.eq("status", "OPEN")).sort(Sorts.descending("day")).skip(20).limit(30)
					.into(new ArrayList<>())).containsExactlyElementsOf(open.stream()
						.sorted(byDay.reversed())
						.skip(20)
						.limit(30)
						.toList());
				assertThat(people.find().sort(Sorts.orderBy(Sorts.ascending("day"), Sorts.descending("_id"))).limit(51)
					.into(new ArrayList<>())).containsExactlyElementsOf(read.stream()
						.sorted(byDay.thenComparing((Document person) -> person.getString("_id"), Comparator.reverseOrder()))
						.limit(51)
						.toList());
				assertThat(people.find(Filters.eq("status", "OPEN")).sort(Sorts.ascending("day")).limit(1000)
					.into(new ArrayList<>())).containsExactlyElementsOf(open.stream().sorted(byDay).toList());
			});
		}
	}

	@Test
	void aFindThatLeavesOutFieldsAnswersTheOthersAndLeavesTheStoredDocumentWhole() throws Exception {
		Document mood = new Document("_id", "g-1").append("focus", "MOOD").append("seatsLeft", 2)
			.append("holders", List.of("e-1", "e-2"))
			.append("members", List.of(new Document("id", "m-1").append("joinedOn", "2026-12-01")))
			.append("meets", new Document("day", "MONDAY").append("hours", List.of(9, 10)));
		Document sleep = new Document("_id", "g-2").append("focus", "SLEEP").append("holders", List.of("e-3"));
		try (LocalMongoServer server = LocalMongoServer.start(this.data, TemporaryStack.freePort())) {
			withPeople(server, groups -> {
				groups.insertMany(List.of(mood, sleep));

				assertThat(groups.find(Filters.eq("focus", "MOOD")).projection(Projections.exclude("holders", "members")).first())
					.isEqualTo(new Document("_id", "g-1").append("focus", "MOOD").append("seatsLeft", 2)
						.append("meets", mood.get("meets")));
				assertThat(groups.find().sort(Sorts.descending("_id")).limit(1)
					.projection(new Document("_id", 0).append("holders", false)).into(new ArrayList<>()))
					.containsExactly(new Document("focus", "SLEEP"));
				assertThat(groups.find(Filters.eq("_id", "g-1")).projection(Projections.exclude("meets.hours")).first())
					.isEqualTo(new Document(mood).append("meets", new Document("day", "MONDAY")));
				assertThat(groups.find().sort(Sorts.ascending("_id")).into(new ArrayList<>())).containsExactly(mood, sleep);
			});
		}
	}

	/**
	 * Each query of the table, its sort, skip and limit, asked of a collection with the services' kinds
	 * of non-unique indexes and of one with the same documents and none (which the store answers by
	 * reading every document): the same documents in the same order, after the documents are stored,
	 * after they change (indexed fields moved, removed, made arrays; documents deleted) and after a
	 * restart, which builds the indexes again from the file.
	 */
	@Test
	void aQueryAnsweredFromNonUniqueIndexesAnswersAsReadingEveryDocumentWouldBeforeAndAfterChangesAndARestart()
			throws Exception {
		Random random = new Random(7);
		List<Document> stored = new ArrayList<>();
		for (int i = 0; i < 600; i++) {
			stored.add(indexedPerson(random, String.format("p-%03d", (i * 211) % 600)));
		}
		int port = TemporaryStack.freePort();
		try (LocalMongoServer server = LocalMongoServer.start(this.data, port)) {
			withTwins(server, (indexed, plain) -> {
				indexed.createIndex(Indexes.compoundIndex(Indexes.ascending("status"), Indexes.descending("at", "_id")));
				indexed.createIndex(Indexes.compoundIndex(Indexes.descending("at", "_id")));
				indexed.createIndex(Indexes.compoundIndex(Indexes.ascending("day"), Indexes.descending("at")));
				indexed.createIndex(Indexes.compoundIndex(Indexes.ascending("tags"), Indexes.descending("at", "_id")));
				indexed.createIndex(Indexes.compoundIndex(Indexes.ascending("group"), Indexes.descending("day"),
						Indexes.ascending("at")));
				indexed.insertMany(stored);
				plain.insertMany(stored);
				assertTheSameAnswers(indexed, plain);

				for (int i = 0; i < 120; i++) {
					String id = String.format("p-%03d", random.nextInt(600));
					Document change = indexedPerson(random, id);
					indexed.replaceOne(Filters.eq("_id", id), change);
					plain.replaceOne(Filters.eq("_id", id), change);
				}
				for (MongoCollection<Document> people : List.of(indexed, plain)) {
					people.updateMany(Filters.eq("status", "HELD"), Updates.set("tags", List.of("held", "b")));
					people.updateMany(Filters.eq("day", 3), Updates.unset("at"));
					people.deleteMany(Filters.and(Filters.eq("group", "g-2"), Filters.lt("day", 2)));
					people.updateOne(Filters.eq("_id", "p-010"), Updates.set("day", List.of(1, 5)));
				}
				assertTheSameAnswers(indexed, plain);
				assertThat(indexed.findOneAndUpdate(Filters.eq("status", "OPEN"), Updates.set("status", "CLOSED"),
						new FindOneAndUpdateOptions().sort(Sorts.ascending("at"))))
					.isEqualTo(plain.findOneAndUpdate(Filters.eq("status", "OPEN"), Updates.set("status", "CLOSED"),
							new FindOneAndUpdateOptions().sort(Sorts.ascending("at"))));
				assertThatExceptionOfType(MongoWriteException.class).isThrownBy(() -> indexed
					.insertOne(new Document("_id", "p-parallel").append("tags", List.of("a")).append("at", List.of(new Date()))));
				assertThat(indexed.countDocuments(Filters.eq("_id", "p-parallel"))).isZero();
			});
		}
		try (LocalMongoServer server = LocalMongoServer.start(this.data, port)) {
			withTwins(server, LocalMongoServerTest::assertTheSameAnswers);
		}
	}

	private static Document indexedPerson(Random random, String id) {
		Document person = new Document("_id", id);
		int status = random.nextInt(5);
		if (status < 4) {
			person.append("status", (status == 3) ? null : List.of("OPEN", "CLOSED", "HELD").get(status));
		}
		int day = random.nextInt(7);
		person.append("day", (day % 3 == 0) ? (Object) (double) day : (day % 3 == 1) ? (Object) (long) day : day);
		// Few distinct times, so that many documents sort alike.
		person.append("at", new Date(1_700_000_000_000L + 60_000L * random.nextInt(40)));
		person.append("group", "g-" + random.nextInt(4));
		if (random.nextInt(3) > 0) {
			person.append("tags", List.of("a", "b", "c", "d").subList(random.nextInt(2), 2 + random.nextInt(3)));
		}
		return person;
	}

	private static void assertTheSameAnswers(MongoCollection<Document> indexed, MongoCollection<Document> plain) {
		Date at = new Date(1_700_000_000_000L + 60_000L * 20);
		List<Bson> filters = List.of(new Document(), Filters.eq("status", "OPEN"), Filters.eq("status", null),
				Filters.in("status", "OPEN", "HELD"), Filters.or(Filters.eq("status", "OPEN"), Filters.eq("status", "CLOSED")),
				Filters.and(Filters.eq("status", "OPEN"),
						Filters.or(Filters.lt("at", at), Filters.and(Filters.eq("at", at), Filters.lt("_id", "p-300")))),
				Filters.eq("tags", "b"), Filters.eq("day", 2), Filters.eq("day", 3.0), Filters.gte("day", 3),
				Filters.and(Filters.gte("day", 2), Filters.lt("day", 5)), Filters.and(Filters.gt("day", 5), Filters.lt("day", 1)),
				Filters.and(Filters.eq("group", "g-1"), Filters.eq("day", 4L)), Filters.gt("at", at),
				Filters.and(Filters.eq("group", "g-3"), Filters.lte("day", 4), Filters.ne("status", "HELD")),
				Filters.in("status", "CLOSED"), Filters.in("status", "OPEN", null),
				Filters.and(Filters.in("status", "OPEN", "CLOSED"),
						Filters.or(Filters.lt("at", at), Filters.and(Filters.eq("at", at), Filters.lt("_id", "p-300")))),
				Filters.in("tags", "a", "d"), Filters.in("day", 2, 5.0, 6L), Filters.in("group", "g-3", "g-1"));
		List<Bson> sorts = List.of(Sorts.descending("at", "_id"), Sorts.ascending("at", "_id"), Sorts.ascending("at"),
				Sorts.ascending("day"), Sorts.ascending("day", "at"), Sorts.orderBy(Sorts.descending("day"), Sorts.ascending("at")),
				Sorts.ascending("tags"), Sorts.ascending("_id"));
		int answered = 0;
		for (Bson filter : filters) {
			assertThat(indexed.find(filter).into(new ArrayList<>())).as("%s", filter)
				.containsExactlyElementsOf(plain.find(filter).into(new ArrayList<>()));
			for (Bson sort : sorts) {
				for (int[] page : new int[][] { { 0, 1 }, { 0, 51 }, { 7, 13 }, { 0, 0 } }) {
					List<Document> expected = plain.find(filter).sort(sort).skip(page[0]).limit(page[1]).into(new ArrayList<>());
					assertThat(indexed.find(filter).sort(sort).skip(page[0]).limit(page[1]).into(new ArrayList<>()))
						.as("%s sorted by %s, skip %d limit %d", filter, sort, page[0], page[1])
						.containsExactlyElementsOf(expected);
					answered += expected.isEmpty() ? 0 : 1;
				}
			}
		}
		assertThat(answered).as("queries with an answer").isGreaterThan(filters.size() * 20);
	}

	private interface TwinsCheck {

		void check(MongoCollection<Document> indexed, MongoCollection<Document> plain);

	}

	/**
	 * The store under the services' concurrency: 1,000 conditional updates from four connections racing
	 * for 300 places take exactly 300, each taking its place and naming its taker in one change; no find
	 * meanwhile sees one without the other or fails, by id or from an index dropped and created again.
	 */
	@Test
	void findsBesideConditionalUpdatesAndIndexChangesSeeEachChangeWholeAndFailNone() throws Exception {
		int places = 300;
		try (LocalMongoServer server = LocalMongoServer.start(this.data, TemporaryStack.freePort());
				MongoClient client = MongoClients.create(server.uri())) {
			MongoCollection<Document> people = client.getDatabase("clinic").getCollection("people");
			people.insertOne(new Document("_id", "places").append("left", places).append("takers", List.of()).append("status", "OPEN"));
			for (int i = 0; i < 50; i++) {
				people.insertOne(new Document("_id", String.format("p-%02d", i)).append("status", "OPEN").append("day", i));
			}
			ExecutorService threads = Executors.newFixedThreadPool(7);
			AtomicBoolean racing = new AtomicBoolean(true);
			List<Future<Integer>> takers = new ArrayList<>();
			List<Future<Integer>> readers = new ArrayList<>();
			try {
				for (int writer = 0; writer < 4; writer++) {
					int first = writer * 250;
					takers.add(threads.submit(() -> {
						int taken = 0;
						for (int taker = first; taker < first + 250; taker++) {
							taken += (int) people.updateOne(Filters.and(Filters.eq("_id", "places"), Filters.gt("left", 0)),
									Updates.combine(Updates.inc("left", -1), Updates.push("takers", taker))).getModifiedCount();
						}
						return taken;
					}));
				}
				for (int reader = 0; reader < 2; reader++) {
					readers.add(threads.submit(() -> {
						int reads = 0;
						while (racing.get()) {
							Document seen = people.find(Filters.eq("_id", "places")).first();
							assertThat(seen.getInteger("left") + seen.getList("takers", Integer.class).size()).isEqualTo(places);
							assertThat(people.find(Filters.eq("status", "OPEN")).sort(Sorts.ascending("day")).limit(3)
								.into(new ArrayList<>())).hasSize(3);
							reads++;
						}
						return reads;
					}));
				}
				readers.add(threads.submit(() -> {
					int changes = 0;
					while (racing.get()) {
						people.createIndex(Indexes.ascending("status", "day"));
						people.dropIndex(Indexes.ascending("status", "day"));
						changes++;
					}
					return changes;
				}));
				int taken = 0;
				for (Future<Integer> writer : takers) {
					taken += writer.get(60, TimeUnit.SECONDS);
				}
				racing.set(false);
				for (Future<Integer> reader : readers) {
					assertThat(reader.get(60, TimeUnit.SECONDS)).isPositive();
				}
				assertThat(taken).isEqualTo(places);
				Document after = people.find(Filters.eq("_id", "places")).first();
				assertThat(after.getInteger("left")).isZero();
				assertThat(after.getList("takers", Integer.class)).hasSize(places).doesNotHaveDuplicates();
			}
			finally {
				racing.set(false);
				threads.shutdownNow();
			}
		}
	}

	private static void withTwins(LocalMongoServer server, TwinsCheck check) {
		try (MongoClient client = MongoClients.create(server.uri())) {
			MongoDatabase clinic = client.getDatabase("clinic");
			check.check(clinic.getCollection("indexed"), clinic.getCollection("plain"));
		}
	}

	private static Document everyType(String id, String email) {
		return new Document("_id", id).append("email", email)
			.append("name", "Zoë Ω")
			.append("count", 7)
			.append("big", 7_000_000_000L)
			.append("ratio", 2.5)
			.append("active", true)
			.append("at", new Date(1_700_000_000_000L))
			.append("none", null)
			.append("owner", new ObjectId("65a1b2c3d4e5f6a7b8c9d0e1"))
			.append("blob", new Binary(new byte[] { 1, 2, 3 }))
			.append("amount", new Decimal128(new BigDecimal("12.50")))
			.append("weeks", List.of(new Document("week", "2026-W49").append("taken", List.of(4, 5)), "free"));
	}

	private interface PeopleCheck {

		void check(MongoCollection<Document> people);

	}

	private static void withPeople(LocalMongoServer server, PeopleCheck check) {
		try (MongoClient client = MongoClients.create(server.uri())) {
			check.check(client.getDatabase("clinic").getCollection("people"));
		}
	}

}
