package org.clinicops.intake.request;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The public form is open to anyone: a per-client limit keeps a script from flooding it. */
@Configuration(proxyBeanMethods = false)
class PublicFormProtection {

	@Bean
	SubmissionRateLimitFilter submissionRateLimitFilter(
			@Value("${clinic.intake.submissions.per-client-limit:10}") int limit,
			@Value("${clinic.intake.submissions.window:1m}") Duration window, Clock clock) {
		return new SubmissionRateLimitFilter(new SubmissionRateLimiter(limit, window, clock));
	}

}
