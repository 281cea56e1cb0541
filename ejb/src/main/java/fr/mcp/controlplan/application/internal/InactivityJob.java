package fr.mcp.controlplan.application.internal;

import fr.mcp.controlplan.application.InactiveAccounts;
import fr.mcp.controlplan.application.InactivityReport;
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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every day at {@code mcp.inactivity.hour} (5 by default), runs the inactivity rule on every account. With several
 * servers, the one that commits second finds the accounts changed (optimistic lock) and rolls back, mails included.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InactivityJob {

    private static final Logger LOG = Logger.getLogger(InactivityJob.class.getName());

    @Resource
    private TimerService timerService;

    @EJB
    private InactiveAccounts inactiveAccounts;

    @Inject
    @ConfigProperty(name = "mcp.inactivity.hour", defaultValue = "5")
    private int hour;

    @PostConstruct
    void start() {
        timerService.createCalendarTimer(
                new ScheduleExpression().hour(hour).minute(0).second(0), new TimerConfig("inactivity", false));
    }

    @Timeout
    void run() {
        try {
            InactivityReport report = inactiveAccounts.runEverywhere();
            LOG.info(() -> "Inactivity rule: " + report.warned().size() + " warned, "
                    + report.suspended().size() + " suspended");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Inactivity rule not run (another server may have run it)", e);
        }
    }
}
