package org.negotiationtracker.api;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * What a careful client of the service does, for every test that talks to it through RestAssured: it keeps the
 * furthest {@code Consistency-Position} its writes were answered with and sends it with its reads, so each test
 * reads its own writes although the read models follow the log after the commit. A new server (another port)
 * starts a new session. A test that means to read without waiting uses {@code given().noFilters()}.
 */
public final class SessionConsistency implements Filter, QuarkusTestBeforeClassCallback,
        QuarkusTestBeforeEachCallback {

    private static final String HEADER = "Consistency-Position";
    private static final SessionConsistency SESSION = new SessionConsistency();

    private int port;
    private long position;

    @Override
    public void beforeClass(Class<?> testClass) {
        install();
    }

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        install();
    }

    /** For a test that writes around HTTP (straight to the log): its reads wait for that write too. */
    public static void wrote(long position) {
        SESSION.advance(SESSION.port, position);
    }

    private static void install() {
        if (!RestAssured.filters().contains(SESSION)) {
            RestAssured.filters(SESSION);
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                           FilterContext context) {
        long known = positionFor(request.getPort());
        if (known > 0 && request.getMethod().equals("GET") && !request.getHeaders().hasHeaderWithName(HEADER)) {
            request.header(HEADER, known);
        }
        Response answer = context.next(request, response);
        String written = answer.getHeader(HEADER);
        if (written != null) {
            advance(request.getPort(), Long.parseLong(written));
        }
        return answer;
    }

    private synchronized long positionFor(int serverPort) {
        if (serverPort != port) {
            port = serverPort;
            position = 0;
        }
        return position;
    }

    private synchronized void advance(int serverPort, long written) {
        if (serverPort == port) {
            position = Math.max(position, written);
        }
    }
}
