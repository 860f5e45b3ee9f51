package org.clinicops.intake.coverage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.clinicops.testsupport.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The moments coverage is checked at without an event: each person and moment noted once however
 * often, handed to the sweep once it has come and never again; dates listed the old way are moved.
 * The moments are in 2001, long before anything the other tests note, so only these come due.
 */
@ClinicIntegrationTest
class CoverageDueDatesTest {

	private static final Duration LEASE = Duration.ofMinutes(5);

	@Autowired
	CoverageDueDates dueDates;

	@Autowired
	MongoTemplate mongo;

	@Value("${clinic.intake.time-zone}")
	ZoneId clinicZone;

	@Test
	void eachPersonsMomentIsHandedToTheSweepOnceWhenItHasComeAndNotBefore() {
		Instant benefitsDue = Instant.parse("2001-03-05T14:30:00Z");
		String unverified = UUID.randomUUID().toString();
		String endingAuthorization = UUID.randomUUID().toString();
		this.dueDates.add(benefitsDue, unverified);
		this.dueDates.add(benefitsDue, unverified);
		this.dueDates.add(LocalDate.of(2001, 3, 7), endingAuthorization);

		assertThat(checkedAt(benefitsDue.minusSeconds(1))).isEmpty();
		assertThat(checkedAt(benefitsDue)).containsExactly(unverified);
		assertThat(checkedAt(benefitsDue)).isEmpty();
		Instant endingDateStarts = LocalDate.of(2001, 3, 7).atStartOfDay(this.clinicZone).toInstant();
		assertThat(checkedAt(endingDateStarts.minusSeconds(1))).isEmpty();
		assertThat(checkedAt(endingDateStarts)).containsExactly(endingAuthorization);
		assertThat(checkedAt(endingDateStarts.plus(Duration.ofDays(30)))).isEmpty();
	}

	@Test
	void datesListedBeforeEntriesWereKeptAreCheckedAtTheirStartAndEndAndNoLongerListed() {
		String listed = UUID.randomUUID().toString();
		String alsoListed = UUID.randomUUID().toString();
		this.mongo.insert(new Document("_id", "2001-06-11").append("evaluationIds", List.of(listed, alsoListed)),
				CoverageDueDates.LISTED_BY_DATE);

		this.dueDates.afterSingletonsInstantiated();

		assertThat(this.mongo.findAll(Document.class, CoverageDueDates.LISTED_BY_DATE)).isEmpty();
		Instant dateStarts = LocalDate.of(2001, 6, 11).atStartOfDay(this.clinicZone).toInstant();
		assertThat(checkedAt(dateStarts)).containsExactlyInAnyOrder(listed, alsoListed);
		assertThat(checkedAt(dateStarts.plus(Duration.ofHours(23)))).isEmpty();
		assertThat(checkedAt(dateStarts.plus(Duration.ofDays(1)))).containsExactlyInAnyOrder(listed, alsoListed);
		assertThat(checkedAt(dateStarts.plus(Duration.ofDays(2)))).isEmpty();
	}

	private List<String> checkedAt(Instant now) {
		List<String> checked = new ArrayList<>();
		int count = this.dueDates.checkDue(Clock.fixed(now, ZoneOffset.UTC), LEASE, checked::add);
		assertThat(count).isEqualTo(checked.size());
		return checked;
	}

}
