package fr.mcp.controlplan.application.internal;

import fr.mcp.controlplan.application.Detection;
import fr.mcp.controlplan.application.DetectionReport;
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
 * Every {@code mcp.detection.minutes} (15 by default), runs the detection rules on every Caf. Each run looks back over
 * the rules' windows and raises only what is new, so a run missed during a restart is caught up by the next one; with
 * several servers, the second to commit a finding hits its unique fingerprint and rolls back.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DetectionJob {

    private static final Logger LOG = Logger.getLogger(DetectionJob.class.getName());

    @Resource
    private TimerService timerService;

    @EJB
    private Detection detection;

    @Inject
    @ConfigProperty(name = "mcp.detection.minutes", defaultValue = "15")
    private int minutes;

    @PostConstruct
    void start() {
        long period = minutes * 60_000L;
        timerService.createIntervalTimer(period, period, new TimerConfig("detection", false));
    }

    @EJB
    private SchemaMigrator schema;

    @Timeout
    void run() {
        if (!schema.status().ready()) {
            return; // the database has not answered since the start: nothing to do until it does
        }
        try {
            DetectionReport report = detection.runEverywhere();
            if (report.raisedTotal() > 0) {
                LOG.info(() -> "Detection: " + report.raised() + " new finding(s)");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Detection run not completed (another server may have raised the same findings)", e);
        }
    }
}
