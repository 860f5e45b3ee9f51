package org.clinicops.testsupport;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.DefaultUriBuilderFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls a running service's HTTP API the way a client would, as one staff member or anonymously,
 * and hands back the status, headers and JSON body whatever the status.
 */
public final class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public static final String FORWARDED_FOR = "X-Forwarded-For";

	private static final Random RANDOM = new Random();

	private final RestClient client;

	private final boolean fromOwnAddressEachRequest;

	private ApiClient(RestClient client, boolean fromOwnAddressEachRequest) {
		this.client = client;
		this.fromOwnAddressEachRequest = fromOwnAddressEachRequest;
	}

	/**
	 * A member of the public. Each request comes from an address of its own (through
	 * {@code X-Forwarded-For}, which the services trust from loopback as from a proxy), so that
	 * the public form's per-client rate limit counts only what a test means it to; a test that
	 * means it sets the header itself.
	 */
	public static ApiClient anonymous(String baseUrl) {
		return new ApiClient(builder(baseUrl).build(), true);
	}

	public static ApiClient as(TestStaff staff, String baseUrl) {
		return as(staff.username(), TestStaff.PASSWORD, baseUrl);
	}

	public static ApiClient as(String username, String password, String baseUrl) {
		return new ApiClient(builder(baseUrl)
			.defaultHeaders(headers -> headers.setBasicAuth(username, password, StandardCharsets.UTF_8))
			.build(), false);
	}

	/** A caller signed in through an identity provider, with its bearer token. */
	public static ApiClient bearer(String token, String baseUrl) {
		return new ApiClient(builder(baseUrl).defaultHeaders(headers -> headers.setBearerAuth(token)).build(), false);
	}

	/** Paths are sent exactly as a test writes them (already encoded where it means to), so bad URLs stay bad. */
	private static RestClient.Builder builder(String baseUrl) {
		DefaultUriBuilderFactory uris = new DefaultUriBuilderFactory(baseUrl);
		uris.setEncodingMode(DefaultUriBuilderFactory.EncodingMode.NONE);
		return RestClient.builder().uriBuilderFactory(uris).defaultStatusHandler(status -> true, (request, response) -> {
		});
	}

	public Response get(String path) {
		return exchange(HttpMethod.GET, path, null, Map.of());
	}

	/** The items of each page of a paged list, from the first through each answer's {@code Link: <...>; rel="next"}. */
	public List<List<JsonNode>> pages(String path) {
		List<List<JsonNode>> pages = new ArrayList<>();
		for (String next = path; next != null;) {
			Response page = get(next);
			if (page.status() != 200) {
				throw new IllegalStateException("GET " + next + " answered " + page.status() + ": " + page.text());
			}
			pages.add(page.json().valueStream().toList());
			next = page.nextPage();
		}
		return pages;
	}

	/** Every item of a paged list, every page's in turn. */
	public List<JsonNode> allPages(String path) {
		return pages(path).stream().flatMap(List::stream).toList();
	}

	public Response get(String path, Map<String, String> headers) {
		return exchange(HttpMethod.GET, path, null, headers);
	}

	public Response delete(String path) {
		return exchange(HttpMethod.DELETE, path, null, Map.of());
	}

	/** Posts a body: a String is sent as it is (for malformed JSON), anything else as JSON. */
	public Response post(String path, Object body) {
		return exchange(HttpMethod.POST, path, body, Map.of());
	}

	public Response put(String path, Object body) {
		return exchange(HttpMethod.PUT, path, body, Map.of());
	}

	public Response post(String path, Object body, Map<String, String> headers) {
		return exchange(HttpMethod.POST, path, body, headers);
	}

	private Response exchange(HttpMethod method, String path, Object body, Map<String, String> headers) {
		RestClient.RequestBodySpec request = this.client.method(method).uri(path);
		headers.forEach(request::header);
		if (this.fromOwnAddressEachRequest && !headers.containsKey(FORWARDED_FOR)) {
			request.header(FORWARDED_FOR, "198.18." + RANDOM.nextInt(256) + "." + RANDOM.nextInt(256));
		}
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON)
				.body((body instanceof String text) ? text : JSON.writeValueAsString(body));
		}
		ResponseEntity<String> response = request.retrieve().toEntity(String.class);
		return new Response(response.getStatusCode().value(), response.getHeaders(), response.getBody());
	}

	/** A response: status, headers and the body as text and, when it is JSON, as a tree. */
	public record Response(int status, HttpHeaders headers, String text) {

		public JsonNode json() {
			return JSON.readTree((this.text != null) ? this.text : "null");
		}

		/** The path and query of the next page named by the {@code Link} header, or null on the last page. */
		public String nextPage() {
			String link = this.headers.getFirst(HttpHeaders.LINK);
			if (link == null || !link.endsWith("; rel=\"next\"")) {
				return null;
			}
			URI next = URI.create(link.substring(link.indexOf('<') + 1, link.indexOf('>')));
			return next.getRawPath() + "?" + next.getRawQuery();
		}

		public boolean isProblem() {
			MediaType type = this.headers.getContentType();
			return type != null && type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		}

	}

}
