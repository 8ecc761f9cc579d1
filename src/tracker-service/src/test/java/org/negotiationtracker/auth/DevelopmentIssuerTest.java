package org.negotiationtracker.auth;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigValue;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;

/**
 * The issuer is checked by default: pinned to the development key pair's while tokens are verified with it, and
 * required (or explicitly waived) with a key of the operator's.
 */
class DevelopmentIssuerTest {

    /** The configuration the factory sees, as a map. */
    private static ConfigSourceContext context(Map<String, String> values) {
        return new ConfigSourceContext() {
            @Override
            public ConfigValue getValue(String name) {
                return ConfigValue.builder().withName(name).withValue(values.get(name)).build();
            }

            @Override
            public List<String> getProfiles() {
                return List.of();
            }

            @Override
            public Iterator<String> iterateNames() {
                return values.keySet().iterator();
            }
        };
    }

    private static Map<String, String> issuerSet(Map<String, String> configuration) {
        List<ConfigSource> sources = StreamSupport.stream(
                new DevelopmentIssuer().getConfigSources(context(configuration)).spliterator(), false).toList();
        return sources.isEmpty() ? Map.of() : sources.get(0).getProperties();
    }

    @Test
    void theDevelopmentKeyPairsIssuerIsPinned() {
        for (String key : List.of("${tracker.data-dir}/development-keys/public-key.pem",
                "/var/lib/tracker/development-keys/public-key.pem", "data\\development-keys\\public-key.pem")) {
            assertEquals(Map.of("mp.jwt.verify.issuer", "negotiation-tracker-development"),
                    issuerSet(Map.of("mp.jwt.verify.publickey.location", key)), key);
        }
    }

    @Test
    void anOperatorsKeyLeavesTheIssuerToTheOperator() {
        assertEquals(Map.of(), issuerSet(Map.of("mp.jwt.verify.publickey.location",
                "/etc/negotiation-tracker/jwt/public-key.pem")));
        assertEquals(Map.of(), issuerSet(Map.of("mp.jwt.verify.publickey.location",
                "https://sso.example.org/realms/tracker/protocol/openid-connect/certs")));
    }

    @Test
    void aConfiguredKeyWithoutAnIssuerStopsTheServiceUnlessAnyIssuerIsMeant() {
        IllegalStateException refusal = assertThrows(IllegalStateException.class,
                () -> DevelopmentKeys.requireIssuer(Optional.empty(), false));
        assertTrue(refusal.getMessage().contains("TRACKER_AUTH_ANY_ISSUER=true"), refusal.getMessage());
        assertThrows(IllegalStateException.class, () -> DevelopmentKeys.requireIssuer(Optional.of(" "), false));
        assertDoesNotThrow(() -> DevelopmentKeys.requireIssuer(Optional.empty(), true));
        assertDoesNotThrow(() -> DevelopmentKeys.requireIssuer(Optional.of("https://sso.example.org"), false));
    }
}
