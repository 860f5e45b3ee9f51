package org.clinicops.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calls one endpoint or page of a running service as one staff member (or anonymously) and
 * reports only how the service let the call through: the status and where a redirect points.
 * API calls use HTTP Basic; pages use a session logged in through the login form, with the
 * session's CSRF token on every post, as a browser would. Bodies are not read, so a live stream
 * answers as promptly as any other endpoint.
 */
public final class AccessProbe {

	private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String baseUrl;

	private final Map<Optional<TestStaff>, HttpClient> pageSessions = new HashMap<>();

	private final HttpClient apiClient = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	public AccessProbe(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	/** How a call ended: its status, and for a redirect the path it points to. */
	public record Outcome(int status, String redirectedTo) {

		public boolean sentToLogin() {
			return this.status == 302 && this.redirectedTo.endsWith("/login");
		}

		public boolean refused() {
			return this.status == 401 || this.status == 403 || sentToLogin();
		}

		@Override
		public String toString() {
			return (this.redirectedTo != null) ? this.status + " to " + this.redirectedTo : String.valueOf(this.status);
		}

	}

	public Outcome call(AccessTable.Row row, Optional<TestStaff> staff) {
		String path = examplePath(row.path());
		if (row.isApi()) {
			HttpRequest.Builder request = request(row.method(), path, "application/json", "{}");
			staff.ifPresent(member -> request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((member.username() + ":" + TestStaff.PASSWORD).getBytes(StandardCharsets.UTF_8))));
			return send(this.apiClient, request.build());
		}
		HttpClient session = this.pageSessions.computeIfAbsent(staff, this::logIn);
		String form = row.method().equals("GET") ? null : "_csrf=" + encode(csrfToken(session));
		return send(session, request(row.method(), path, "application/x-www-form-urlencoded", form).build());
	}

	/** The body of a page or document read through the staff member's logged-in session; it must answer 200. */
	public String read(String path, TestStaff staff) {
		HttpClient session = this.pageSessions.computeIfAbsent(Optional.of(staff), this::logIn);
		try {
			HttpResponse<String> response = session.send(request("GET", path, null, null).build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("GET " + path + " as " + staff + " answered " + response.statusCode());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * What the row pattern's first group finds on each page of a paged staff page, from the first
	 * through each page's link to the next (the link with the given {@code id}).
	 */
	public List<List<String>> pages(String firstPage, TestStaff staff, Pattern row, String nextLinkId) {
		Pattern next = Pattern.compile("id=\"" + Pattern.quote(nextLinkId) + "\" href=\"([^\"]+)\"");
		List<List<String>> pages = new ArrayList<>();
		for (String page = firstPage; page != null;) {
			String html = read(page, staff);
			pages.add(row.matcher(html).results().map(found -> found.group(1)).toList());
			Matcher link = next.matcher(html);
			page = link.find() ? link.group(1).replace("&amp;", "&") : null;
		}
		return pages;
	}

	private HttpClient logIn(Optional<TestStaff> staff) {
		HttpClient session = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String token = csrfToken(session);
		staff.ifPresent(member -> {
			Outcome login = send(session, request("POST", "/login", "application/x-www-form-urlencoded",
					"username=" + member.username() + "&password=" + encode(TestStaff.PASSWORD) + "&_csrf=" + encode(token))
				.build());
			if (login.status() != 302 || login.sentToLogin()) {
				throw new IllegalStateException("Logging in as " + member + " failed: " + login);
			}
		});
		return session;
	}

	/** The session's current CSRF token, as the login page's form carries it. */
	private String csrfToken(HttpClient session) {
		try {
			String page = session.send(request("GET", "/login", null, null).build(), HttpResponse.BodyHandlers.ofString())
				.body();
			Matcher token = CSRF_TOKEN.matcher(page);
			if (!token.find()) {
				throw new IllegalStateException("The login page carries no CSRF token");
			}
			return token.group(1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private HttpRequest.Builder request(String method, String path, String contentType, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(30))
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", contentType);
		}
		return request;
	}

	private static Outcome send(HttpClient client, HttpRequest request) {
		try {
			HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
			try (InputStream unread = response.body()) {
				String location = response.headers()
					.firstValue("Location")
					.map(target -> URI.create(target).getPath().replaceFirst(";.*", ""))
					.orElse(null);
				return new Outcome(response.statusCode(), location);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A path of the table made callable: ids no record has, so an allowed call changes nothing. */
	private static String examplePath(String pattern) {
		return pattern.replace("{topic}", "intake.evaluations-dlt")
			.replace("{partition}", "0")
			.replace("{offset}", "999999999")
			.replace("{id}", UUID.randomUUID().toString());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
