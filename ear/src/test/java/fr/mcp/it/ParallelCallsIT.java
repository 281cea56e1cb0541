package fr.mcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.mcp.it.support.Api;
import fr.mcp.it.support.ImportFixture;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One account's calls at the same moment, as a partner's software or an agent's script makes them: each is served.
 * Every call with a password notes a sign-in on the account, and the first call with a token in a minute notes its use;
 * none may be refused because another call noted it at the same time (their rows' versions used to make all but one
 * fail). The sign-in is noted by an UPDATE of its own, after what the transaction changed on the account (the failures
 * a right password clears).
 */
class ParallelCallsIT {

    private static final int CALLS = 12;

    @Test
    void callsMadeAtOnceWithOnePasswordAreAllServed() throws Exception {
        List<Integer> statuses = atOnce(() -> Api.as("CAFADM", "GET", "/api/v1/campaigns", null).status());

        assertEquals(Collections.nCopies(CALLS, 200), statuses);
    }

    @Test
    void callsMadeAtOnceWithANewTokenAreAllServed() throws Exception {
        String token = ImportFixture.token("DECLARATIONS_IMPORT").getString("secret");

        // A token never used: every call finds its use still to note.
        List<Integer> statuses = atOnce(() -> Api.bearer(token, "GET", "/api/v1/imports", null, null).status());

        assertEquals(Collections.nCopies(CALLS, 200), statuses);
    }

    @Test
    void aRightPasswordAfterAWrongOneIsServedAndClearsTheFailure() throws Exception {
        assertEquals(401, Api.call("GET", "/api/v1/campaigns", null, "CAFREV", "not-the-password").status());
        Thread.sleep(1_500); // the next attempt is allowed after a delay (1 s on the test server)

        assertEquals(200, Api.as("CAFREV", "GET", "/api/v1/campaigns", null).status(), "signed in, the failure cleared and the sign-in noted at once");
        assertEquals(Collections.nCopies(CALLS, 200), atOnce(() -> Api.as("CAFREV", "GET", "/api/v1/campaigns", null).status()));
    }

    /** Runs the call {@link #CALLS} times on as many threads, released together; the statuses in order. */
    private static List<Integer> atOnce(Callable<Integer> call) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(CALLS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                calls.add(threads.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : calls) {
                statuses.add(result.get());
            }
            return statuses;
        } finally {
            threads.shutdownNow();
        }
    }
}
