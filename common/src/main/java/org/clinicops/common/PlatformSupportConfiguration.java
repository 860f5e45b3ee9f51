package org.clinicops.common;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import org.clinicops.common.apidocs.ApiDocumentation;
import org.clinicops.common.audit.AuditConfiguration;
import org.clinicops.common.deadletters.DeadLetterController;
import org.clinicops.common.deadletters.DeadLetterReplay;
import org.clinicops.common.health.KafkaHealthIndicator;
import org.clinicops.common.health.MongoPingHealthIndicator;
import org.clinicops.common.messaging.DeadLetterCounts;
import org.clinicops.common.messaging.IdempotentConsumer;
import org.clinicops.common.messaging.KafkaErrorHandling;
import org.clinicops.common.outbox.OutboxMetrics;
import org.clinicops.common.outbox.OutboxPending;
import org.clinicops.common.outbox.OutboxPendingMarking;
import org.clinicops.common.outbox.OutboxProperties;
import org.clinicops.common.outbox.OutboxRelay;
import org.clinicops.common.pages.LoginPage;
import org.clinicops.common.pages.NavigationProperties;
import org.clinicops.common.pages.PageLayout;
import org.clinicops.common.web.DeclaredQueryParameters;
import org.clinicops.common.web.IsoDateDeserializer;
import org.clinicops.common.web.ProblemDetailAdvice;
import org.clinicops.common.web.RequestBodyLimitFilter;
import org.clinicops.common.web.UnroutedApiRequestAdvice;
import org.clinicops.common.web.UrlHygieneFilter;
import org.clinicops.common.web.WellFormedTextDeserializer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * The cross-cutting support every service gets by depending on {@code common}: the outbox relay,
 * idempotent consumption, the listeners' retry and dead-letter policy, health of MongoDB and
 * Kafka, the problem-detail error format, and the shared layout and login of the staff pages.
 */
@AutoConfiguration(before = { KafkaAutoConfiguration.class, MongoHealthContributorAutoConfiguration.class })
@EnableConfigurationProperties({ OutboxProperties.class, NavigationProperties.class })
@Import({ ProblemDetailAdvice.class, UnroutedApiRequestAdvice.class, PageLayout.class, LoginPage.class, DeadLetterController.class, AuditConfiguration.class })
public class PlatformSupportConfiguration {

	@Bean
	OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxProperties properties,
			@Value("${clinic.events.source:/clinic-ops/${spring.application.name}}") String source) {
		return new OutboxRelay(mongo, kafka, properties, source);
	}

	/** Ticks in milliseconds, the precision MongoDB stores, so a time reads back as it was written. */
	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
	}

	/** Every endpoint of the platform takes small JSON bodies; anything larger is refused unread. */
	@Bean
	RequestBodyLimitFilter requestBodyLimitFilter(@Value("${clinic.web.max-request-body:64KB}") DataSize limit) {
		return new RequestBodyLimitFilter(limit);
	}

	/**
	 * A request waits at most this long for MongoDB before it is answered 503, rather than the
	 * driver's 30 seconds. Applied last, after the connection string's settings.
	 */
	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	MongoClientSettingsBuilderCustomizer mongoServerSelectionTimeout(
			@Value("${clinic.mongodb.server-selection-timeout:5s}") Duration timeout) {
		return settings -> settings
			.applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS));
	}

	@Bean
	OutboxPending outboxPending(MongoTemplate mongo) {
		return new OutboxPending(mongo);
	}

	@Bean
	static OutboxPendingMarking outboxPendingMarking(ObjectProvider<OutboxPending> pending) {
		return new OutboxPendingMarking(pending);
	}

	@Bean
	OutboxMetrics outboxMetrics(MongoTemplate mongo, OutboxProperties properties, Clock clock) {
		return new OutboxMetrics(mongo, properties, clock);
	}

	@Bean
	DeadLetterReplay deadLetters(KafkaListenerEndpointRegistry listeners, KafkaTemplate<String, String> kafka,
			MongoTemplate mongo, @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers, Clock clock) {
		return new DeadLetterReplay(listeners, kafka, mongo, bootstrapServers, clock);
	}

	/** The service's OpenAPI document completed with logins, roles, problem details and examples. */
	@Bean
	ApiDocumentation apiDocumentation(@Value("${spring.application.name}") String service,
			ObjectProvider<WebInvocationPrivilegeEvaluator> access) {
		return new ApiDocumentation(service, access);
	}

	/** An API call names only the query parameters its endpoint takes. */
	@Bean
	WebMvcConfigurer declaredQueryParameters() {
		return new WebMvcConfigurer() {
			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(new DeclaredQueryParameters()).addPathPatterns("/api/**");
			}
		};
	}

	/** Every URL is checked before anything else reads it. */
	@Bean
	UrlHygieneFilter urlHygieneFilter() {
		return new UrlHygieneFilter();
	}

	/**
	 * Text in request bodies must be well-formed and dates ISO dates; events are read by their own
	 * mapper.
	 */
	@Bean
	JacksonModule strictRequestValues() {
		return new SimpleModule("clinic-strict-request-values")
			.addDeserializer(String.class, new WellFormedTextDeserializer())
			.addDeserializer(LocalDate.class, new IsoDateDeserializer());
	}

	/**
	 * Request bodies are read exactly as their document says: no scalar is coerced into another
	 * type (1 is no yes, "12" no number, 1.5 no whole number, 0 no choice), and an empty string is
	 * no value of any other type. Numbers out of their type's range are refused by Jackson itself.
	 */
	@Bean
	JsonMapperBuilderCustomizer strictJsonReading() {
		return builder -> builder.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			.withCoercionConfigDefaults(config -> config.setAcceptBlankAsEmpty(false)
				.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Boolean, config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Integer, config -> config.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Float, config -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
	}

	@Bean
	IdempotentConsumer processedEvents(MongoTemplate mongo) {
		return new IdempotentConsumer(mongo);
	}

	@Bean
	CommonErrorHandler kafkaErrorHandler(KafkaTemplate<String, String> kafka,
			@Value("${clinic.kafka.listener-retries:4}") int retries, DeadLetterCounts counts) {
		return KafkaErrorHandling.errorHandler(kafka, retries, counts);
	}

	@Bean
	DeadLetterCounts deadLetterCounts(MeterRegistry registry) {
		return new DeadLetterCounts(registry);
	}

	@Bean
	MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
		return new MongoPingHealthIndicator(mongo);
	}

	@Bean
	KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin,
			@Value("${clinic.kafka.health-timeout:3s}") Duration timeout) {
		return new KafkaHealthIndicator(kafkaAdmin, timeout);
	}

}
