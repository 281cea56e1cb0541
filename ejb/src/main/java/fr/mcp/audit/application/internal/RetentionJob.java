package fr.mcp.audit.application.internal;

import fr.mcp.audit.application.EventRetention;
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
 * Every day at {@code mcp.retention.hour} (4 by default), erases the expired security events batch after batch (each
 * its own transaction). A run missed is caught up by the next; two servers erasing the same rows collide on the delete
 * and one rolls back.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());
    private static final int MAX_BATCHES = 200;

    @Resource
    private TimerService timerService;

    @EJB
    private EventRetention retention;

    @Inject
    @ConfigProperty(name = "mcp.retention.hour", defaultValue = "4")
    private int hour;

    @PostConstruct
    void start() {
        timerService.createCalendarTimer(
                new ScheduleExpression().hour(hour).minute(30).second(0), new TimerConfig("retention", false));
    }

    @Timeout
    void run() {
        try {
            int total = 0;
            for (int batch = 0, erased = -1; batch < MAX_BATCHES && erased != 0; batch++) {
                erased = retention.pruneBatch();
                total += erased;
            }
            int erasedTotal = total;
            LOG.info(() -> "Retention: " + erasedTotal + " expired security event(s) erased");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Retention run stopped (another server may be erasing the same rows)", e);
        }
    }
}
