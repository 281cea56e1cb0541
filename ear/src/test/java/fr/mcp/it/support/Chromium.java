package fr.mcp.it.support;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Browser journeys need Debian's Chromium and its driver. Where they are missing (a newcomer's machine with only a JDK
 * and Maven) the journeys are skipped with the reason, and {@link BrowserSkipSummary} says so at the end of the run;
 * where they are required ({@code -Dit.browser.required=true}, as CI sets) a missing browser fails the run instead.
 */
public final class Chromium implements ExecutionCondition {

    static final String REASON = "Chromium not found";

    public static Path binary() {
        return Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    }

    public static Path driver() {
        return Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
    }

    static boolean installed() {
        return Files.isExecutable(binary()) && Files.isExecutable(driver());
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (installed()) {
            return ConditionEvaluationResult.enabled("Chromium at " + binary());
        }
        if (Boolean.getBoolean("it.browser.required")) {
            throw new IllegalStateException(
                    REASON + " (" + binary() + ", " + driver() + ") but the browser journeys are required here");
        }
        return ConditionEvaluationResult.disabled(REASON + " at " + binary() + " or " + driver());
    }
}
