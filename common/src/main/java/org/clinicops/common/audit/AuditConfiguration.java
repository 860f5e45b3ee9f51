package org.clinicops.common.audit;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The audit log of each service, the entry written for every {@link Audited} call, and its read endpoint. */
@Configuration(proxyBeanMethods = false)
@Import({ AuditController.class, AuditedBodyAdvice.class })
public class AuditConfiguration implements WebMvcConfigurer {

	private final MongoTemplate mongo;

	private final Clock clock;

	AuditConfiguration(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	@Bean
	AuditLog auditLog() {
		return new AuditLog(this.mongo, this.clock);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new AuditInterceptor(auditLog()));
	}

}
