package fr.mcp.audit.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seals new audit rows every few seconds ({@code mcp.audit.sealSeconds}, 10 by default). A run reads each table from
 * the lowest id written since the start of the last run that succeeded, less {@code mcp.audit.sealLookbackSeconds}
 * (600: longer than a transaction may last, so a row written early and committed late is still found), so that its
 * cost follows the recent writes, not the size of the tables. The first run after a start, then one every
 * {@code mcp.audit.fullSealHours} (24), reads the tables whole, as a verification does: rows written with an older time
 * (put back by hand, say) are sealed then. A run that fails (schema not migrated yet, database down) is simply tried
 * again at the next tick, over a longer time; two servers seal one after the other.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditSealer {

    private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());

    @Resource
    private TimerService timerService;

    @EJB
    private AuditChain chain;

    @Inject
    @ConfigProperty(name = "mcp.audit.sealSeconds", defaultValue = "10")
    private long sealSeconds;

    @Inject
    @ConfigProperty(name = "mcp.audit.sealLookbackSeconds", defaultValue = "600")
    private long lookbackSeconds;

    @Inject
    @ConfigProperty(name = "mcp.audit.fullSealHours", defaultValue = "24")
    private long fullSealHours;

    @Inject
    private Clock clock;

    /** Start of the last run that succeeded, and of the last whole one (null: none since this server started). */
    private Instant lastRun;
    private Instant lastFullRun;

    @PostConstruct
    void start() {
        timerService.createIntervalTimer(sealSeconds * 1000, sealSeconds * 1000, new TimerConfig("audit-sealing", false));
    }

    @Timeout
    synchronized void seal() {
        Instant started = clock.instant();
        boolean whole = lastFullRun == null || !started.isBefore(lastFullRun.plus(Duration.ofHours(fullSealHours)));
        try {
            long sealed = whole ? chain.sealAll() : chain.sealWrittenSince(lastRun.minusSeconds(lookbackSeconds));
            lastRun = started;
            if (whole) {
                lastFullRun = started;
            }
            LOG.fine(() -> sealed + " audit row(s) sealed" + (whole ? " (whole tables read)" : ""));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Audit sealing deferred to the next run", e);
        }
    }
}
