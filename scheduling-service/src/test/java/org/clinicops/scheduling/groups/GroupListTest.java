package org.clinicops.scheduling.groups;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.clinicops.common.web.ListPage;
import org.clinicops.contracts.Cohort;
import org.clinicops.contracts.Focus;
import org.clinicops.contracts.Track;
import org.clinicops.scheduling.SchedulingFixtures;
import org.clinicops.testsupport.AccessProbe;
import org.clinicops.testsupport.ApiClient;
import org.clinicops.testsupport.ClinicIntegrationTest;
import org.clinicops.testsupport.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The group list, through the API and the groups page: a page at a time, newest first, narrowed as staff ask. */
@ClinicIntegrationTest
class GroupListTest {

	private static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");

	private static final Pattern GROUP_ROW = Pattern.compile("<tr data-id=\"([^\"]+)\">");

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	OpenGroups openGroups;

	@Autowired
	GroupService service;

	@Autowired
	GroupSearch search;

	private ApiClient scheduler;

	@BeforeEach
	void emptyProgram() {
		SchedulingFixtures.emptyProgram(this.mongo);
		this.scheduler = ApiClient.as(TestStaff.SCHEDULER, "http://localhost:" + this.port);
	}

	@Test
	void theListComesAPageAtATimeNewestFirstNarrowedByStatusFocusAndTrack() {
		String oldest = store("Recovery Foundations", Focus.SUBSTANCE_USE, Track.EVENING, MONDAY);
		String morning = store("Recovery Mornings", Focus.SUBSTANCE_USE, Track.MORNING, MONDAY.plusSeconds(60));
		String steady = store("Steady Ground", Focus.MENTAL_HEALTH, Track.EVENING, MONDAY.plusSeconds(120));
		String closed = store("Recovery Circle", Focus.SUBSTANCE_USE, Track.EVENING, MONDAY.plusSeconds(180));
		this.service.close(closed);

		List<List<JsonNode>> pages = this.scheduler.pages("/api/groups?size=3");

		assertThat(pages).extracting(List::size).containsExactly(3, 1);
		assertThat(ids(pages.stream().flatMap(List::stream).toList())).containsExactly(closed, steady, morning, oldest);
		assertThat(ids(this.scheduler.allPages("/api/groups?status=OPEN"))).containsExactly(steady, morning, oldest);
		assertThat(ids(this.scheduler.allPages("/api/groups?status=CLOSED"))).containsExactly(closed);
		assertThat(ids(this.scheduler.allPages("/api/groups?status=OPEN&focus=SUBSTANCE_USE&track=EVENING")))
			.containsExactly(oldest);
		assertThat(ids(this.scheduler.allPages("/api/groups?focus=SUBSTANCE_USE"))).containsExactly(closed, morning,
				oldest);
	}

	@Test
	void theGroupsPageShowsTheOpenGroupsFiftyAtATimeAndTheClosedOnesApart() {
		List<String> open = IntStream.range(0, ListPage.DEFAULT_SIZE + 1)
			.mapToObj(i -> store("Group " + i, Focus.SUBSTANCE_USE, Track.EVENING, MONDAY.plusSeconds(i)))
			.toList();
		String closed = store("Closed circle", Focus.SUBSTANCE_USE, Track.EVENING, MONDAY.plusSeconds(3600));
		this.service.close(closed);
		AccessProbe page = new AccessProbe("http://localhost:" + this.port);

		List<List<String>> pages = page.pages("/scheduling/groups", TestStaff.SCHEDULER, GROUP_ROW, "older-groups");

		assertThat(pages).extracting(List::size).containsExactly(ListPage.DEFAULT_SIZE, 1);
		assertThat(pages.get(1)).containsExactly(open.get(0));
		assertThat(pages.stream().flatMap(List::stream).toList()).containsExactlyInAnyOrderElementsOf(open);
		assertThat(GROUP_ROW.matcher(page.read("/scheduling/groups?status=CLOSED", TestStaff.SCHEDULER))
			.results()
			.map(row -> row.group(1))).containsExactly(closed);
	}

	@Test
	void aGroupStoredWithoutACreationTimeIsDatedAtStartAndListedAsTheOldest() {
		String before = store("Recovery Foundations", Focus.SUBSTANCE_USE, Track.EVENING, MONDAY);
		String after = store("Recovery Circle", Focus.SUBSTANCE_USE, Track.EVENING, MONDAY.minusSeconds(3600));
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(before)), new Update().unset("createdAt"), Group.class);
		assertThat(ids(this.scheduler.allPages("/api/groups?size=1"))).containsExactly(after);

		this.search.afterSingletonsInstantiated();

		assertThat(ids(this.scheduler.allPages("/api/groups?size=1"))).containsExactly(after, before);
	}

	private String store(String name, Focus focus, Track track, Instant createdAt) {
		LocalTime start = (track == Track.EVENING) ? LocalTime.of(18, 0) : LocalTime.of(9, 0);
		return this.openGroups.add(new Group(UUID.randomUUID().toString(), name, focus, Cohort.GENERAL, track,
				"Maya Chen", 12, List.of(new Meeting(DayOfWeek.MONDAY, start, 180)), createdAt)).id();
	}

	private static List<String> ids(List<JsonNode> groups) {
		return groups.stream().map(group -> group.get("id").asString()).toList();
	}

}
