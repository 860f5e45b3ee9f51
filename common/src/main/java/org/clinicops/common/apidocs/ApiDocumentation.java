package org.clinicops.common.apidocs;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.clinicops.contracts.StaffRole;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Completes a service's OpenAPI document with what springdoc cannot see in the controllers:
 * the logins (HTTP Basic and bearer tokens), who may call each operation (asked of the service's
 * own security rules, so the document cannot drift from them), the problem details every error
 * answers with, and an example body for every request from {@code openapi-examples.json}.
 */
public class ApiDocumentation implements OpenApiCustomizer {

	static final String ROLES = "x-roles";

	static final String ANONYMOUS = "ANONYMOUS";

	private static final String PROBLEM_JSON = "application/problem+json";

	private static final String PROBLEM = "#/components/schemas/ProblemDetail";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String service;

	private final ObjectProvider<WebInvocationPrivilegeEvaluator> access;

	public ApiDocumentation(String service, ObjectProvider<WebInvocationPrivilegeEvaluator> access) {
		this.service = service;
		this.access = access;
	}

	@Override
	public void customise(OpenAPI api) {
		api.info(new Info().title("Clinic Ops " + this.service)
			.version("v1")
			.description("The " + this.service + " API. Staff log in with HTTP Basic or a bearer token from the "
					+ "clinic's identity provider; every error is an RFC 9457 problem detail."));
		Components components = (api.getComponents() != null) ? api.getComponents() : new Components();
		components.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
			.addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT"))
			.addSchemas("ProblemDetail", problemDetail());
		api.components(components);
		JsonNode examples = examples();
		if (api.getPaths() == null) {
			return;
		}
		api.getPaths().forEach((path, item) -> item.readOperationsMap()
			.forEach((method, operation) -> describe(path, method, operation, examples)));
	}

	private void describe(String path, PathItem.HttpMethod method, Operation operation, JsonNode examples) {
		List<String> roles = allowedRoles(path, method.name());
		operation.addExtension(ROLES, roles);
		operation.setDescription(((operation.getDescription() != null) ? operation.getDescription() + "\n\n" : "")
				+ "Allowed: " + (roles.contains(ANONYMOUS) ? "anyone, no login" : String.join(", ", roles)) + ".");
		if (roles.contains(ANONYMOUS)) {
			operation.setSecurity(List.of());
		}
		else {
			operation.setSecurity(List.of(new SecurityRequirement().addList("basic"), new SecurityRequirement().addList("bearer")));
			problem(operation, "401", "No valid staff login");
			problem(operation, "403", "The login lacks the role");
		}
		problem(operation, "400", "Malformed or invalid input; invalid fields are named in errors");
		if (path.contains("{")) {
			problem(operation, "404", "No record with that id");
		}
		if (!"GET".equals(method.name())) {
			problem(operation, "409", "The record's state does not allow the change");
		}
		JsonNode example = examples.get(method.name() + " " + path);
		if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null && example != null) {
			Object value = JSON.convertValue(example, Object.class);
			operation.getRequestBody().getContent().values().forEach(media -> media.setExample(value));
		}
	}

	/** Who may call the operation, as the service's security rules decide for a login of each role. */
	private List<String> allowedRoles(String path, String method) {
		String uri = path.replaceAll("\\{[^}]+}", "x");
		List<String> roles = new ArrayList<>();
		Authentication anonymous = new AnonymousAuthenticationToken("documentation", "anonymous",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
		if (this.access.getObject().isAllowed("", uri, method, anonymous)) {
			roles.add(ANONYMOUS);
		}
		for (StaffRole role : StaffRole.values()) {
			Authentication login = UsernamePasswordAuthenticationToken.authenticated("documentation", null,
					AuthorityUtils.createAuthorityList("ROLE_" + role.name()));
			if (this.access.getObject().isAllowed("", uri, method, login)) {
				roles.add(role.name());
			}
		}
		return roles;
	}

	private static void problem(Operation operation, String status, String description) {
		if (operation.getResponses() != null && operation.getResponses().containsKey(status)) {
			operation.getResponses().remove(status);
		}
		operation.getResponses()
			.addApiResponse(status, new ApiResponse().description(description)
				.content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(PROBLEM)))));
	}

	@SuppressWarnings("rawtypes")
	private static Schema problemDetail() {
		Schema<?> fieldError = new ObjectSchema().addProperty("field", new StringSchema())
			.addProperty("message", new StringSchema());
		return new ObjectSchema().description("RFC 9457 problem detail")
			.addProperty("type", new StringSchema().format("uri"))
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema())
			.addProperty("detail", new StringSchema().description("What is wrong, in words"))
			.addProperty("instance", new StringSchema().format("uri"))
			.addProperty("errors", new ArraySchema().items(fieldError).description("The invalid fields, when any"));
	}

	private static JsonNode examples() {
		ClassPathResource resource = new ClassPathResource("openapi-examples.json");
		if (!resource.exists()) {
			return JSON.createObjectNode();
		}
		try (InputStream in = resource.getInputStream()) {
			return JSON.readTree(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException("openapi-examples.json cannot be read", ex);
		}
	}

}
