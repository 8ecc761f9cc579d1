package org.negotiationtracker.auth;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The packaged service's one-command default: with authentication on and no key configured, tokens are
 * verified with the public half of a key pair made in the data folder at first start, and every start logs a
 * token for all roles signed with the private half. It suits one instance only (each data folder makes its
 * own pair); anything shared configures a real key or JWKS URL, which switches this off.
 */
@Singleton
class DevelopmentKeys {

    private static final Duration TOKEN_LIFETIME = Duration.ofDays(365);
    private static final Logger LOG = Logger.getLogger(DevelopmentKeys.class);

    void onStart(@Observes StartupEvent start, AuthConfig auth,
                 @ConfigProperty(name = "tracker.data-dir") Path dataDir,
                 @ConfigProperty(name = DevelopmentIssuer.VERIFY_KEY) String verificationKey,
                 @ConfigProperty(name = DevelopmentIssuer.VERIFY_ISSUER) Optional<String> issuer)
            throws IOException, GeneralSecurityException {
        if (!auth.enabled()) {
            if (auth.readsRequireRole()) {
                throw new IllegalStateException("tracker.auth.reads-require-role=true needs tracker.auth.enabled=true");
            }
            LOG.warn("Authentication is off (tracker.auth.enabled=false): anyone who reaches the port may append "
                    + "and rebuild the read models");
            return;
        }
        Path publicKey = dataDir.resolve(DevelopmentIssuer.DEVELOPMENT_KEY).toAbsolutePath().normalize();
        Path folder = publicKey.getParent();
        if (!Path.of(verificationKey).toAbsolutePath().normalize().equals(publicKey)) {
            requireIssuer(issuer, auth.anyIssuer());
            return;
        }
        Path privateKey = folder.resolve("private-key.pem");
        if (Files.notExists(privateKey)) {
            create(folder, publicKey, privateKey);
        }
        String token = token(KeyUtils.decodePrivateKey(Files.readString(privateKey)));
        Path tokenFile = writeOwnerOnly(folder.resolve("token"), token);
        LOG.warnf("No JWT verification key is configured (MP_JWT_VERIFY_PUBLICKEY_LOCATION): tokens are checked "
                + "against the development key pair in %s. A token with the roles reader, writer, reviewer and admin, valid "
                + "for %d days, is in %s:%n    Authorization: Bearer %s", folder, TOKEN_LIFETIME.toDays(),
                tokenFile, token);
    }

    /**
     * With a key of the operator's, a token signed by it under any {@code iss} would pass unless the issuer is set:
     * the service refuses to start so, unless {@code tracker.auth.any-issuer} says that is meant.
     */
    static void requireIssuer(Optional<String> issuer, boolean anyIssuer) {
        if (issuer.filter(value -> !value.isBlank()).isEmpty() && !anyIssuer) {
            throw new IllegalStateException("A JWT verification key is configured (MP_JWT_VERIFY_PUBLICKEY_LOCATION)"
                    + " but no issuer (MP_JWT_VERIFY_ISSUER): a token signed by the key with any iss would be"
                    + " accepted. Set MP_JWT_VERIFY_ISSUER to the identity provider's issuer, or"
                    + " TRACKER_AUTH_ANY_ISSUER=true to accept any issuer on purpose.");
        }
    }

    private static void create(Path folder, Path publicKey, Path privateKey)
            throws IOException, GeneralSecurityException {
        Files.createDirectories(folder);
        KeyPair pair = KeyUtils.generateKeyPair(2048);
        Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
        writeOwnerOnly(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        LOG.infof("Made a development key pair in %s", folder);
    }

    private static String token(PrivateKey signingKey) {
        return Jwt.issuer(DevelopmentIssuer.ISSUER).upn("development").groups(Set.of("reader", "writer", "reviewer", "admin"))
                .expiresIn(TOKEN_LIFETIME).sign(signingKey);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    /** A private key or token file readable by the service's user alone, where the file system knows owners. */
    private static Path writeOwnerOnly(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.writeString(file, content, StandardCharsets.US_ASCII);
    }
}
