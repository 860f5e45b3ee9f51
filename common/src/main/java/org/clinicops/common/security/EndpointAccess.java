package org.clinicops.common.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's table of who may call which of its endpoints. It is applied in the filter chain,
 * so a missing role is refused before a request body is even read; anything it does not name
 * needs a staff login.
 */
@FunctionalInterface
public interface EndpointAccess {

	void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry endpoints);

}
