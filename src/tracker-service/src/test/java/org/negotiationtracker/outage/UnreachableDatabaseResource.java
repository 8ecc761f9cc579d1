package org.negotiationtracker.outage;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.util.Map;
import org.h2.tools.Server;

/**
 * Puts a {@link LoopbackProxy} between the service and its database, so a test can take the database away and
 * bring it back. In the PostgreSQL run ({@code pg-test}) the database is the suite's PostgreSQL; in the H2 run it is
 * an H2 server, since an in-memory database cannot be cut off.
 */
public class UnreachableDatabaseResource implements QuarkusTestResourceLifecycleManager {

    private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private static volatile LoopbackProxy proxy;
    private Server h2;

    /** The relay to the database, for the test to cut and open. */
    public static LoopbackProxy proxy() {
        return proxy;
    }

    @Override
    public Map<String, String> start() {
        try {
            String postgresUrl = System.getProperty("postgres.test.url", "");
            if ("pg-test".equals(System.getProperty("quarkus.test.profile")) && !postgresUrl.isBlank()) {
                URI server = URI.create(postgresUrl.substring("jdbc:".length()));
                proxy = LoopbackProxy.to(server.getHost(), server.getPort() < 0 ? 5432 : server.getPort());
                return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + proxy.port()
                        + server.getRawPath() + (server.getRawQuery() == null ? "" : "?" + server.getRawQuery()));
            }
            h2 = Server.createTcpServer("-tcpPort", Integer.toString(LoopbackProxy.freeLoopbackPort()), "-ifNotExists").start();
            proxy = LoopbackProxy.to("127.0.0.1", h2.getPort());
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:tcp://127.0.0.1:" + proxy.port()
                    + "/mem:outage" + H2_OPTIONS + ";DB_CLOSE_DELAY=-1");
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("could not put a relay before the test database", e);
        }
    }

    @Override
    public void stop() {
        try {
            proxy.close();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } finally {
            if (h2 != null) {
                h2.stop();
            }
        }
    }
}
