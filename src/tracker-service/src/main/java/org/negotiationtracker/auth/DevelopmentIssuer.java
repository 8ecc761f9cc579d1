package org.negotiationtracker.auth;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Pins the issuer of the development key pair: while tokens are verified with it, {@code mp.jwt.verify.issuer} is
 * the issuer its tokens carry, so a token signed by the key under another {@code iss} is refused. With a key of the
 * operator's, the issuer is theirs to set ({@link DevelopmentKeys} refuses to start without one). Its ordinal is
 * below application.properties', so {@code mp.jwt.verify.issuer} set anywhere still decides.
 */
public class DevelopmentIssuer implements ConfigSourceFactory {

    /** The {@code iss} of the development key pair's tokens. */
    static final String ISSUER = "negotiation-tracker-development";
    static final String VERIFY_ISSUER = "mp.jwt.verify.issuer";
    static final String VERIFY_KEY = "mp.jwt.verify.publickey.location";
    /** Where the development key pair's public half is, under the data folder. */
    static final String DEVELOPMENT_KEY = "development-keys/public-key.pem";
    private static final int ORDINAL = 200;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!isDevelopmentKey(context.getValue(VERIFY_KEY).getValue())) {
            return List.of();
        }
        return List.of(new PropertiesConfigSource(Map.of(VERIFY_ISSUER, ISSUER), "tracker development issuer",
                ORDINAL));
    }

    /** The development pair's public key, under whichever data folder (the value may still be an expression). */
    static boolean isDevelopmentKey(String verificationKey) {
        return verificationKey != null && verificationKey.replace('\\', '/').endsWith("/" + DEVELOPMENT_KEY);
    }
}
