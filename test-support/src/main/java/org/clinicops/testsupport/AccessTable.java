package org.clinicops.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.clinicops.contracts.StaffRole;

/**
 * The README's table of every endpoint and page against the roles, read as the tests' source of
 * truth, so that the documented access and the tested access can not drift apart.
 */
public final class AccessTable {

	private static final String HEADER = "| Service | Endpoint or page | Anonymous |";

	private static final String ALLOWED = "✓";

	private static final String REFUSED = "✗";

	/** An endpoint of a service and who may call it. */
	public record Row(String service, String method, String path, boolean anonymous, List<StaffRole> allowedRoles) {

		public String endpoint() {
			return this.method + " " + this.path;
		}

		public boolean isApi() {
			return this.path.startsWith("/api/") || this.path.startsWith("/actuator/");
		}

	}

	/** The rows served by one service: its own and those every service serves. */
	public static List<Row> of(String service) {
		return read().stream().filter(row -> row.service().equals(service) || row.service().equals("all")).toList();
	}

	private static List<Row> read() {
		List<String> lines;
		try {
			lines = Files.readAllLines(readme());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		int header = -1;
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith(HEADER)) {
				header = i;
			}
		}
		if (header < 0) {
			throw new IllegalStateException("The README has no access table starting with " + HEADER);
		}
		List<StaffRole> roleColumns = new ArrayList<>();
		String[] headings = cells(lines.get(header));
		for (int column = 3; column < headings.length; column++) {
			roleColumns.add(StaffRole.valueOf(headings[column]));
		}
		List<Row> rows = new ArrayList<>();
		for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
			String[] cells = cells(lines.get(i));
			String[] endpoint = cells[1].replace("`", "").split(" ");
			List<StaffRole> allowed = new ArrayList<>();
			for (int column = 3; column < cells.length; column++) {
				if (allowed(cells[column], lines.get(i))) {
					allowed.add(roleColumns.get(column - 3));
				}
			}
			rows.add(new Row(cells[0], endpoint[0], endpoint[1], allowed(cells[2], lines.get(i)), List.copyOf(allowed)));
		}
		return rows;
	}

	private static boolean allowed(String cell, String line) {
		if (!cell.equals(ALLOWED) && !cell.equals(REFUSED)) {
			throw new IllegalStateException("An access table cell is neither " + ALLOWED + " nor " + REFUSED + ": " + line);
		}
		return cell.equals(ALLOWED);
	}

	private static String[] cells(String line) {
		String inner = line.trim().substring(1, line.trim().length() - 1);
		return Arrays.stream(inner.split("\\|")).map(String::trim).toArray(String[]::new);
	}

	/** The repository's README, found from the module a test runs in. */
	private static Path readme() {
		for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
			Path readme = folder.resolve("README.md");
			if (Files.exists(readme) && Files.exists(folder.resolve("mvnw"))) {
				return readme;
			}
		}
		throw new IllegalStateException("No README.md beside mvnw above " + Path.of("").toAbsolutePath());
	}

	private AccessTable() {
	}

}
