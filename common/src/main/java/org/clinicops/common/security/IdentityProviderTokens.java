package org.clinicops.common.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/**
 * Reads an identity provider's token as a staff login: its roles claim becomes the staff roles
 * (a token without it has none, so it reaches nothing that needs a role), its name claim the
 * staff member's name, or else its subject.
 */
final class IdentityProviderTokens {

	static Converter<Jwt, AbstractAuthenticationToken> converter(StaffSecurityProperties.Jwt claims) {
		JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
		roles.setAuthoritiesClaimName(claims.rolesClaim());
		roles.setAuthorityPrefix("ROLE_");
		return jwt -> {
			String name = jwt.getClaimAsString(claims.nameClaim());
			return new JwtAuthenticationToken(jwt, roles.convert(jwt), (name != null) ? name : jwt.getSubject());
		};
	}

	private IdentityProviderTokens() {
	}

}
