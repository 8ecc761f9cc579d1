package org.negotiationtracker.auth;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.Base64;
import java.util.Map;

/**
 * Authentication on, with a key pair made for this run (nothing secret is checked in): the service verifies with
 * the public half, and {@link Tokens} signs with the private half, which smallrye-jwt-build finds in the same
 * configuration.
 */
public class AuthProfile implements QuarkusTestProfile {

    static final String ISSUER = "https://issuer.test/negotiation-tracker";

    @Override
    public Map<String, String> getConfigOverrides() {
        try {
            Path folder = Files.createTempDirectory("tracker-auth-test");
            folder.toFile().deleteOnExit();
            KeyPair pair = KeyUtils.generateKeyPair(2048);
            String publicKey = pem(folder, "public-key.pem", "PUBLIC KEY", pair.getPublic().getEncoded());
            String privateKey = pem(folder, "private-key.pem", "PRIVATE KEY", pair.getPrivate().getEncoded());
            return Map.of("tracker.auth.enabled", "true",
                    "tracker.auth.reads-require-role", Boolean.toString(readsRequireRole()),
                    "mp.jwt.verify.publickey.location", publicKey, "mp.jwt.verify.issuer", ISSUER,
                    "smallrye.jwt.sign.key.location", privateKey, "smallrye.jwt.new-token.issuer", ISSUER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean readsRequireRole() {
        return false;
    }

    private static String pem(Path folder, String name, String type, byte[] der) throws IOException {
        Path file = folder.resolve(name);
        file.toFile().deleteOnExit();
        Files.writeString(file, "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder().encodeToString(der)
                + "\n-----END " + type + "-----\n");
        return file.toString();
    }

    /** Reads and streams closed too: they need the role {@code reader}. */
    public static class ReadsClosed extends AuthProfile {

        @Override
        boolean readsRequireRole() {
            return true;
        }
    }
}
