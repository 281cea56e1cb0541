package fr.mcp.it.support;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Counts the tests skipped because Chromium is missing ({@link Chromium}) and says so in the build's output once the
 * run ends, with what to install; silent when every browser journey ran.
 */
public final class BrowserSkipSummary implements TestExecutionListener {

    private final AtomicLong skipped = new AtomicLong();
    private TestPlan plan;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
    }

    @Override
    public void executionSkipped(TestIdentifier identifier, String reason) {
        if (reason != null && reason.startsWith(Chromium.REASON)) {
            skipped.addAndGet(
                    identifier.isTest()
                            ? 1
                            : plan.getDescendants(identifier).stream()
                                    .filter(TestIdentifier::isTest)
                                    .count());
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (skipped.get() > 0) {
            System.out.println("[WARNING] " + Chromium.REASON + ": " + skipped.get()
                    + " browser tests skipped; install chromium and chromium-driver to run them");
        }
    }
}
