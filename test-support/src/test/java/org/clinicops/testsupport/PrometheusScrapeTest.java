package org.clinicops.testsupport;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class PrometheusScrapeTest {

	private static final PrometheusScrape SCRAPE = PrometheusScrape.parse("""
			# HELP mongodb_driver_commands_seconds Timer of mongodb commands
			# TYPE mongodb_driver_commands_seconds summary
			mongodb_driver_commands_seconds_count{collection="groups",command="find",status="SUCCESS"} 12
			mongodb_driver_commands_seconds_count{collection="groups",command="find",status="FAILED"} 1
			mongodb_driver_commands_seconds_count{collection="groups",command="update",status="SUCCESS"} 5
			mongodb_driver_commands_seconds_count{command="ping",status="SUCCESS"} 2
			mongodb_driver_commands_seconds_sum{collection="groups",command="find",status="SUCCESS"} 0.5
			""");

	@Test
	void aValueSumsTheSeriesWithTheLabelsAsked() {
		assertThat(SCRAPE.value("mongodb_driver_commands_seconds_count")).isEqualTo(20);
		assertThat(SCRAPE.value("mongodb_driver_commands_seconds_count", "command", "find")).isEqualTo(13);
		assertThat(SCRAPE.value("mongodb_driver_commands_seconds_count", "command", "find", "status", "FAILED"))
			.isEqualTo(1);
		assertThat(SCRAPE.value("no_such_metric")).isZero();
	}

	@Test
	void sumsByLabelsAddTheSeriesThatShareTheirValuesAndNameAMissingLabelWithADash() {
		assertThat(SCRAPE.sumsBy("mongodb_driver_commands_seconds_count", "collection", "command")).containsOnly(
				entry("groups find", 13.0), entry("groups update", 5.0), entry("- ping", 2.0));
		assertThat(SCRAPE.sumsBy("mongodb_driver_commands_seconds_count", "status")).containsOnly(
				entry("SUCCESS", 19.0), entry("FAILED", 1.0));
	}

}
