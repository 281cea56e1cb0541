package fr.mcp.notification.infrastructure;

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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code mcp.mail.sweepSeconds} (60 by default), on every server: the mails whose message was lost are queued
 * again here ({@link MailSweep}). A mail's message lives in the messaging store of the server that queued it; if that
 * server leaves a cluster for good, or its store is lost, the mail would wait forever. Two servers sweeping at once:
 * the second to mark the same mail rolls back on its version, and its run is done again at the next period.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StrandedMails {

    private static final Logger LOG = Logger.getLogger(StrandedMails.class.getName());

    @Resource
    private TimerService timerService;

    @EJB
    private MailSweep sweep;

    @Inject
    @ConfigProperty(name = "mcp.mail.sweepSeconds", defaultValue = "60")
    private int sweepSeconds;

    @PostConstruct
    void start() {
        long period = sweepSeconds * 1000L;
        timerService.createIntervalTimer(period, period, new TimerConfig("stranded-mails", false));
    }

    @EJB
    private SchemaMigrator schema;

    @Timeout
    void run() {
        if (!schema.status().ready()) {
            return; // the database has not answered since the start: nothing to do until it does
        }
        try {
            int requeued = sweep.requeueStranded();
            if (requeued > 0) {
                LOG.warning(
                        () -> requeued
                                + " mail(s) long past their attempt queued again (their message was lost with the server that held it)");
            }
        } catch (RuntimeException e) {
            LOG.log(
                    Level.INFO,
                    "Stranded mails not queued again (another server may have done it); looked at again at the next period",
                    e);
        }
    }
}
