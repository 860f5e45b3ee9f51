package org.clinicops.testsupport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One read of a service's {@code /actuator/prometheus}, for tests that watch a metric move. */
public final class PrometheusScrape {

	private static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)\\})? (\\S+)");

	private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

	private record Sample(String name, Map<String, String> labels, double value) {
	}

	private final List<Sample> samples;

	private PrometheusScrape(List<Sample> samples) {
		this.samples = samples;
	}

	/** Scrapes the service as a caller allowed to (OPS). */
	public static PrometheusScrape of(ApiClient ops) {
		ApiClient.Response response = ops.get("/actuator/prometheus");
		if (response.status() != 200) {
			throw new IllegalStateException("Prometheus scrape answered " + response.status());
		}
		return parse(response.text());
	}

	public static PrometheusScrape parse(String exposition) {
		List<Sample> samples = new ArrayList<>();
		for (String line : exposition.split("\n")) {
			Matcher sample = SAMPLE.matcher(line);
			if (!line.startsWith("#") && sample.matches()) {
				Map<String, String> labels = new LinkedHashMap<>();
				Matcher label = LABEL.matcher((sample.group(3) != null) ? sample.group(3) : "");
				while (label.find()) {
					labels.put(label.group(1), label.group(2));
				}
				samples.add(new Sample(sample.group(1), labels, Double.parseDouble(sample.group(4))));
			}
		}
		return new PrometheusScrape(samples);
	}

	/** The sum of the series of this name whose labels include these ({@code "track", "EVENING"}, ...); 0 if none. */
	public double value(String name, String... labelPairs) {
		return this.samples.stream()
			.filter(sample -> sample.name().equals(name) && hasLabels(sample, labelPairs))
			.mapToDouble(Sample::value)
			.sum();
	}

	/**
	 * The sums of the series of this name by the values of these labels, joined with a space
	 * ({@code "enrollments update"} for {@code "collection", "command"}); a label a series lacks counts as "-".
	 */
	public Map<String, Double> sumsBy(String name, String... labels) {
		Map<String, Double> sums = new TreeMap<>();
		for (Sample sample : this.samples) {
			if (sample.name().equals(name)) {
				StringJoiner key = new StringJoiner(" ");
				for (String label : labels) {
					key.add(sample.labels().getOrDefault(label, "-"));
				}
				sums.merge(key.toString(), sample.value(), Double::sum);
			}
		}
		return sums;
	}

	public boolean has(String name) {
		return this.samples.stream().anyMatch(sample -> sample.name().equals(name));
	}

	/** The names of every series exported. */
	public List<String> names() {
		return this.samples.stream().map(Sample::name).distinct().toList();
	}

	private static boolean hasLabels(Sample sample, String... labelPairs) {
		for (int i = 0; i + 1 < labelPairs.length; i += 2) {
			if (!labelPairs[i + 1].equals(sample.labels().get(labelPairs[i]))) {
				return false;
			}
		}
		return true;
	}

}
