package org.negotiationtracker.auth;

import static org.negotiationtracker.auth.Calls.assertUnauthorized;
import static org.negotiationtracker.auth.Calls.post;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Authentication on with no key configured, as the packaged service runs by default: tokens are verified with the
 * development key pair, and only under its issuer; a token the same key signed under another {@code iss} is refused.
 */
@QuarkusTest
@TestProfile(DevelopmentKeyPairTest.DevelopmentKeys.class)
class DevelopmentKeyPairTest {

    public static class DevelopmentKeys implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Path dataDir = Files.createTempDirectory("tracker-development-keys-test");
                dataDir.toFile().deleteOnExit();
                return Map.of("tracker.auth.enabled", "true", "tracker.data-dir", dataDir.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static PrivateKey developmentKey() throws Exception {
        Path dataDir = Path.of(ConfigProvider.getConfig().getValue("tracker.data-dir", String.class));
        return KeyUtils.decodePrivateKey(Files.readString(dataDir.resolve("development-keys/private-key.pem")));
    }

    private static String token(String issuer) throws Exception {
        return Jwt.issuer(issuer).upn("dev").groups(Set.of("writer")).sign(developmentKey());
    }

    @Test
    void onlyTheDevelopmentIssuerIsAccepted() throws Exception {
        String topic = "dev-keys-" + org.negotiationtracker.articles.InventedArticles.marker();

        assertUnauthorized(post("/api/topics", Calls.topic(topic), token("https://elsewhere.test")), "/api/topics");
        post("/api/topics", Calls.topic(topic), token(DevelopmentIssuer.ISSUER)).statusCode(201);
    }
}
