package org.clinicops.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * A stand-in identity provider: one RSA key pair per test run, whose public key the services
 * under test trust ({@code spring.security.oauth2.resourceserver.jwt.public-key-location}), and
 * tokens signed with it, or with a key nobody trusts.
 */
public final class TestTokens {

	private static final KeyPair TRUSTED = newKeyPair();

	private static final Path PUBLIC_KEY = writePublicKey(TRUSTED);

	/** Where the trusted public key is, as a Spring resource location. */
	public static String publicKeyLocation() {
		return PUBLIC_KEY.toUri().toString();
	}

	/** A token of the trusted provider for a staff member with these roles, valid for five minutes. */
	public static String signed(String name, List<String> roles) {
		return sign(TRUSTED, name, roles, Instant.now().plusSeconds(300));
	}

	/** A token that expired a minute ago. */
	public static String expired(String name, List<String> roles) {
		return sign(TRUSTED, name, roles, Instant.now().minusSeconds(60));
	}

	/** A well-formed token signed by a key the services do not trust. */
	public static String signedByAStranger(String name, List<String> roles) {
		return sign(newKeyPair(), name, roles, Instant.now().plusSeconds(300));
	}

	private static String sign(KeyPair keys, String name, List<String> roles, Instant expiresAt) {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("idp-" + name)
			.claim("preferred_username", name)
			.claim("roles", roles)
			.issueTime(Date.from(expiresAt.minusSeconds(600)))
			.expirationTime(Date.from(expiresAt))
			.build();
		SignedJWT token = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
		try {
			token.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return token.serialize();
	}

	private static KeyPair newKeyPair() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Path writePublicKey(KeyPair keys) {
		String pem = "-----BEGIN PUBLIC KEY-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPublic().getEncoded())
				+ "\n-----END PUBLIC KEY-----\n";
		try {
			Path file = Files.createTempFile("clinic-test-idp", ".pem");
			file.toFile().deleteOnExit();
			return Files.writeString(file, pem);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private TestTokens() {
	}

}
