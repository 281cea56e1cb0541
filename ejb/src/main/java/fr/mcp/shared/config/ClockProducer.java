package fr.mcp.shared.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * One clock for the whole application, so that time-dependent rules can be tested with a fixed one; in the business
 * zone ({@link BusinessTime}), not the host's, so that today's date and the times in mails are the Caf's.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(BusinessTime.zone());
    }
}
