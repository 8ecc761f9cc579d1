package org.negotiationtracker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL build of the service (packaged when the build runs with {@code -Dpostgres.test.url}) and a database
 * of its own on that server, dropped and created anew: what the integration tests that run replicas of it, or kill
 * it, start from. The database is named after the build's ({@code test} gives {@code test_replicas}), so builds
 * pointed at different databases of one server do not drop each other's. The server's user is {@code postgres}
 * unless {@code POSTGRES_TEST_USER} (and {@code POSTGRES_TEST_PASSWORD}) say otherwise.
 */
public record PostgresVariant(String jar, Map<String, String> environment) {

    /**
     * Skips the calling test, saying so, when the build did not package the PostgreSQL variant.
     *
     * @param suffix what the test's database is named after the build's
     * @param test what is skipped, for the message
     */
    public static PostgresVariant onFreshDatabase(String suffix, String test) throws SQLException {
        String serverUrl = System.getProperty("postgres.test.url", "");
        String jar = System.getProperty("tracker.postgres.app.jar", "");
        Assumptions.assumeTrue(!serverUrl.isBlank() && Files.exists(Path.of(jar)),
                test + " skipped: run with -Dpostgres.test.url=jdbc:postgresql://... to build the PostgreSQL variant "
                        + "and test it");
        String user = System.getenv().getOrDefault("POSTGRES_TEST_USER", "postgres");
        String password = System.getenv().getOrDefault("POSTGRES_TEST_PASSWORD", "");
        String serverPrefix = serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1);
        String buildDatabase = serverUrl.substring(serverPrefix.length()).replaceFirst("\\?.*", "");
        String database = buildDatabase + "_" + suffix;
        try (Connection admin = DriverManager.getConnection(serverUrl, user, password);
             Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists \"" + database + "\" with (force)");
            sql.execute("create database \"" + database + "\"");
        }
        return new PostgresVariant(jar, Map.of("QUARKUS_DATASOURCE_JDBC_URL", serverPrefix + database,
                "QUARKUS_DATASOURCE_USERNAME", user, "QUARKUS_DATASOURCE_PASSWORD", password));
    }

    /** The same service and database, with {@code more} added to the service's environment. */
    public PostgresVariant with(Map<String, String> more) {
        Map<String, String> combined = new HashMap<>(environment);
        combined.putAll(more);
        return new PostgresVariant(jar, Map.copyOf(combined));
    }

    /** One more replica on the database. */
    public ServiceProcess start() throws IOException {
        return ServiceProcess.start(jar, environment);
    }
}
