package org.negotiationtracker.auth;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Set;

/** Bearer tokens as an identity provider would issue them, signed with the key of {@link AuthProfile}. */
public final class Tokens {

    private Tokens() {
    }

    public static String withRoles(String... roles) {
        return Jwt.upn("alice").groups(Set.of(roles)).sign();
    }

    public static String expired(String... roles) {
        Instant hourAgo = Instant.now().minusSeconds(3600);
        return Jwt.upn("alice").groups(Set.of(roles)).issuedAt(hourAgo.minusSeconds(60)).expiresAt(hourAgo).sign();
    }

    public static String fromAnotherIssuer(String... roles) {
        return Jwt.issuer("https://elsewhere.test").upn("alice").groups(Set.of(roles)).sign();
    }

    public static String signedWithAnotherKey(String... roles) {
        try {
            return Jwt.upn("alice").groups(Set.of(roles)).sign(KeyUtils.generateKeyPair(2048).getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
