package fr.mcp.audit.application.internal;

import fr.mcp.audit.application.AuditChain;
import fr.mcp.audit.application.AuditDigests;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every day at {@code mcp.audit.digestHour} (6 by default), seals what is pending and publishes the day's digest of
 * the audit chain. Each server runs it; the digest's unique slot lets only one of them publish.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditDigestJob {

    private static final Logger LOG = Logger.getLogger(AuditDigestJob.class.getName());

    @Resource
    private TimerService timerService;

    @EJB
    private AuditChain chain;

    @EJB
    private AuditDigests digests;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "mcp.audit.digestHour", defaultValue = "6")
    private int hour;

    @PostConstruct
    void start() {
        timerService.createCalendarTimer(
                new ScheduleExpression().hour(hour).minute(0).second(0), new TimerConfig("audit-digest", false));
    }

    @Timeout
    void publish() {
        try {
            chain.sealAll();
            digests.daily(LocalDate.now(clock))
                    .ifPresent(d -> LOG.info(() -> "Audit digest published: head " + d.getHeadSeq()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Audit digest not published (another server may have published it)", e);
        }
    }
}
