package fr.mcp.it.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Waits, before the first test, until the test server's application answers ready ({@code /health/ready}): the build
 * starts the tests once Liberty itself is up, and on a busy machine the application may still be starting then.
 */
public final class ServerReady implements TestExecutionListener {

    private static final Duration PATIENCE = Duration.ofSeconds(300);

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(It.url("/health/ready")))
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        Instant started = Instant.now();
        try {
            Facts.await(
                    () -> client.send(ready, HttpResponse.BodyHandlers.discarding())
                            .statusCode(),
                    status -> status == 200,
                    PATIENCE,
                    "the test server's readiness");
            System.out.println("Test server ready after "
                    + Duration.between(started, Instant.now()).toSeconds() + " s of waiting");
        } catch (AssertionError notReady) {
            System.out.println("[WARNING] " + notReady.getMessage() + ": the tests go on");
        }
    }
}
