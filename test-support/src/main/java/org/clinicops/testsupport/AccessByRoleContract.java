package org.clinicops.testsupport;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every cell of the README's access table for one service on the running service, and
 * checks that the table names every endpoint and page the service has. A service's test extends
 * it and says which service it is.
 */
public abstract class AccessByRoleContract {

	@LocalServerPort
	private int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping handlerMappings;

	/** The service's name in the table's first column. */
	protected abstract String service();

	@TestFactory
	Stream<DynamicTest> everyCellOfTheTableIsWhatTheServiceDoes() {
		AccessProbe probe = new AccessProbe("http://localhost:" + this.port);
		List<DynamicTest> cells = new ArrayList<>();
		for (AccessTable.Row row : AccessTable.of(service())) {
			cells.add(DynamicTest.dynamicTest(row.endpoint() + " anonymous " + (row.anonymous() ? "allowed" : "refused"),
					() -> {
						AccessProbe.Outcome outcome = probe.call(row, Optional.empty());
						if (row.anonymous()) {
							assertThat(outcome.refused()).as("%s anonymously: %s", row.endpoint(), outcome).isFalse();
						}
						else if (row.isApi()) {
							assertThat(outcome.status()).as("%s anonymously", row.endpoint()).isEqualTo(401);
						}
						else {
							assertThat(outcome.sentToLogin()).as("%s anonymously: %s", row.endpoint(), outcome).isTrue();
						}
					}));
			for (TestStaff staff : TestStaff.values()) {
				boolean allowed = row.allowedRoles().contains(staff.role());
				cells.add(DynamicTest.dynamicTest(row.endpoint() + " " + staff.role() + (allowed ? " allowed" : " refused"),
						() -> {
							AccessProbe.Outcome outcome = probe.call(row, Optional.of(staff));
							if (allowed) {
								assertThat(outcome.refused()).as("%s as %s: %s", row.endpoint(), staff.role(), outcome).isFalse();
								if (isStaticResource(row.path())) {
									assertThat(outcome.status()).as("%s as %s", row.endpoint(), staff.role()).isEqualTo(200);
								}
							}
							else {
								assertThat(outcome.status()).as("%s as %s", row.endpoint(), staff.role()).isEqualTo(403);
							}
						}));
			}
		}
		return cells.stream();
	}

	/** A file served as it is, such as the event catalog, rather than by a handler. */
	private static boolean isStaticResource(String path) {
		return !path.endsWith("/") && new ClassPathResource("static" + path).isReadable();
	}

	@Test
	void theTableNamesEveryEndpointAndPageOfTheServiceAndNoOther() {
		Set<String> documented = new TreeSet<>();
		AccessTable.of(service()).forEach(row -> documented.add(row.endpoint()));
		Set<String> served = new TreeSet<>();
		this.handlerMappings.getHandlerMethods().keySet().forEach(mapping -> {
			Collection<String> methods = mapping.getMethodsCondition().getMethods().stream().map(Enum::name).toList();
			for (String pattern : mapping.getPatternValues()) {
				if (!pattern.equals("/error")) {
					methods.forEach(method -> served.add(method + " " + pattern));
				}
			}
		});
		assertThat(documented.stream()
			.filter(endpoint -> !endpoint.contains(" /actuator/") && !isStaticResource(endpoint.split(" ")[1])))
			.as("the README's access table against the service's endpoints and pages")
			.containsExactlyInAnyOrderElementsOf(served);
	}

	@Test
	void theOpenApiDocumentNamesEveryApiEndpointOfTheTableWithTheSameRolesAndNoOther() {
		OpenAPI api = openApiDocument();
		Map<String, Set<String>> documented = new TreeMap<>();
		api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			Object roles = (operation.getExtensions() != null) ? operation.getExtensions().get("x-roles") : null;
			assertThat(roles).as("the roles of %s %s", method, path).isInstanceOf(List.class);
			Set<String> named = new TreeSet<>();
			((List<?>) roles).forEach(role -> named.add(role.toString()));
			documented.put(method + " " + path, named);
		}));
		Map<String, Set<String>> table = new TreeMap<>();
		AccessTable.of(service()).stream().filter(row -> row.path().startsWith("/api/")).forEach(row -> {
			Set<String> allowed = new TreeSet<>();
			if (row.anonymous()) {
				allowed.add("ANONYMOUS");
			}
			row.allowedRoles().forEach(role -> allowed.add(role.name()));
			table.put(row.endpoint(), allowed);
		});
		assertThat(documented).as("the OpenAPI document against the README's access table").isEqualTo(table);
	}

	@Test
	void everyDocumentedOperationSaysHowToLogInHowItFailsAndWhatToSend() {
		OpenAPI api = openApiDocument();
		assertThat(api.getOpenapi()).startsWith("3.1");
		assertThat(api.getComponents().getSecuritySchemes()).containsKeys("basic", "bearer");
		assertThat(api.getComponents().getSchemas()).containsKey("ProblemDetail");
		api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			String name = method + " " + path;
			assertThat(operation.getResponses().get("400").getContent()).as(name).containsKey("application/problem+json");
			if (operation.getRequestBody() != null) {
				assertThat(operation.getRequestBody().getContent().values())
					.as("an example body for %s", name)
					.allSatisfy(media -> assertThat(media.getExample()).isNotNull());
			}
		}));
	}

	/** The service's document, read by staff as Swagger UI reads it and parsed by the reference OpenAPI parser. */
	private OpenAPI openApiDocument() {
		String document = new AccessProbe("http://localhost:" + this.port).read("/v3/api-docs", TestStaff.DIRECTOR);
		ParseOptions options = new ParseOptions();
		options.setResolve(false);
		SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document, null, options);
		assertThat(parsed.getMessages()).as("what the OpenAPI parser found wrong").isEmpty();
		return parsed.getOpenAPI();
	}

}
