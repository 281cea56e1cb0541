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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seals new audit rows every few seconds ({@code mcp.audit.sealSeconds}, 10 by default). A run that fails (schema not
 * migrated yet, database down) is simply tried again at the next tick; two servers seal one after the other.
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

    @PostConstruct
    void start() {
        timerService.createIntervalTimer(sealSeconds * 1000, sealSeconds * 1000, new TimerConfig("audit-sealing", false));
    }

    @Timeout
    void seal() {
        try {
            long sealed = chain.sealAll();
            LOG.fine(() -> sealed + " audit row(s) sealed");
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Audit sealing deferred to the next run", e);
        }
    }
}
