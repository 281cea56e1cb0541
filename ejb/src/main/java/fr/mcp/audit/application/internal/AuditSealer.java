package fr.mcp.audit.application.internal;

import fr.mcp.audit.application.AuditChain;
import fr.mcp.audit.domain.AuditSource;
import fr.mcp.platform.migration.SchemaMigrator;
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
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seals new audit rows every few seconds ({@code mcp.audit.sealSeconds}, 10 by default), so that its cost follows the
 * recent writes, not the size of the tables:
 * <ul>
 * <li>most runs go on from where the last one stopped in each table (the rows with higher ids);</li>
 * <li>every {@code mcp.audit.sealRecheckSeconds} (60), a run reads each table from the lowest id written since the
 * start of the last such run, less {@code mcp.audit.sealLookbackSeconds} (600: longer than a transaction may last),
 * so a row written early and committed late, with an id below those already sealed, is found then;</li>
 * <li>the first run after a start, then one every {@code mcp.audit.fullSealHours} (24), reads the tables whole, as a
 * verification does: rows written with an older time (put back by hand, say) are sealed then.</li>
 * </ul>
 * A run that fails (schema not migrated yet, database down) is simply tried again at the next tick, over a longer
 * time; two servers seal one after the other.
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
    @ConfigProperty(name = "mcp.audit.sealRecheckSeconds", defaultValue = "60")
    private long recheckSeconds;

    @Inject
    @ConfigProperty(name = "mcp.audit.fullSealHours", defaultValue = "24")
    private long fullSealHours;

    @EJB
    private SchemaMigrator schema;

    @Inject
    private Clock clock;

    /** Start of the last run that read the recent rows again, and of the last whole one (null: none since this server started). */
    private Instant lastRecheck;

    private Instant lastFullRun;
    /** Per table, the id the last run stopped after (null: the next run reads the recent rows again). */
    private Map<AuditSource, Long> marks;

    @PostConstruct
    void start() {
        timerService.createIntervalTimer(
                sealSeconds * 1000, sealSeconds * 1000, new TimerConfig("audit-sealing", false));
    }

    @Timeout
    synchronized void seal() {
        if (!schema.status().ready()) {
            return; // the database has not answered since the start: nothing to do until it does
        }
        Instant started = clock.instant();
        try {
            if (lastFullRun == null || !started.isBefore(lastFullRun.plus(Duration.ofHours(fullSealHours)))) {
                long sealed = chain.sealAll();
                lastFullRun = started;
                lastRecheck = started;
                marks = null;
                LOG.fine(() -> sealed + " audit row(s) sealed (whole tables read)");
                return;
            }
            boolean recheck = marks == null || !started.isBefore(lastRecheck.plusSeconds(recheckSeconds));
            AuditChain.SealRun run = recheck
                    ? chain.sealWrittenSince(lastRecheck.minusSeconds(lookbackSeconds))
                    : chain.sealAfter(marks);
            marks = run.marks();
            if (recheck) {
                lastRecheck = started;
            }
            LOG.fine(() -> run.sealed() + " audit row(s) sealed" + (recheck ? " (recent rows read again)" : ""));
        } catch (RuntimeException e) {
            marks = null;
            LOG.log(Level.FINE, "Audit sealing deferred to the next run", e);
        }
    }
}
