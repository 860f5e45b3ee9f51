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

	private final AuditLog auditLog;

	private final AuditTrail trail;

	AuditConfiguration(MongoTemplate mongo, Clock clock) {
		this.auditLog = new AuditLog(mongo, clock);
		this.trail = new AuditTrail(this.auditLog);
	}

	@Bean
	AuditLog auditLog() {
		return this.auditLog;
	}

	@Bean
	AuditTrail auditTrail() {
		return this.trail;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new AuditInterceptor(this.trail));
	}

}
