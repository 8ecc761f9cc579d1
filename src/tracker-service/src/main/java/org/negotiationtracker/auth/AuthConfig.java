package org.negotiationtracker.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Who may call what. The rules themselves are the {@code quarkus.http.auth.permission.*} entries of
 * application.properties, which these two switches turn on and off.
 */
@ConfigMapping(prefix = "tracker.auth")
public interface AuthConfig {

    /** Writes need the role {@code writer}, review decisions {@code reviewer}, {@code /api/admin} needs {@code admin}. */
    @WithDefault("true")
    boolean enabled();

    /** Reads and streams need {@code reader} (or any other role) too; only with auth enabled. */
    @WithDefault("false")
    boolean readsRequireRole();

    /**
     * Accept tokens of any {@code iss} from a configured key: without it, a configured key with no
     * {@code mp.jwt.verify.issuer} stops the service at start. The development key pair's issuer is always pinned.
     */
    @WithDefault("false")
    boolean anyIssuer();
}
