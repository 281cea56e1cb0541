package fr.mcp.campaign.application;

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
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Drives the campaigns' background work: every {@code mcp.campaign.tickSeconds} (2 by default), batch after batch
 * (each its own transaction) for up to 20 seconds. The state is in the database only, so after a restart the next
 * tick resumes where the last committed batch stopped; with several servers, a batch done twice rolls back.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CampaignJob {

    private static final Logger LOG = Logger.getLogger(CampaignJob.class.getName());
    private static final Duration SLICE = Duration.ofSeconds(20);

    private final AtomicBoolean running = new AtomicBoolean();

    @Resource
    private TimerService timerService;

    @EJB
    private CampaignWorker worker;

    @Inject
    @ConfigProperty(name = "mcp.campaign.tickSeconds", defaultValue = "2")
    private int tickSeconds;

    @PostConstruct
    void start() {
        long period = tickSeconds * 1000L;
        timerService.createIntervalTimer(period, period, new TimerConfig("campaigns", false));
    }

    @Timeout
    void tick() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            Instant until = Instant.now().plus(SLICE);
            for (Long campaignId : worker.pending()) {
                advance(campaignId, until);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Campaigns not read; retried at the next tick", e);
        } finally {
            running.set(false);
        }
    }

    /** One campaign's batches until the slice ends; a batch that fails stops this campaign only, not the others. */
    private void advance(long campaignId, Instant until) {
        try {
            while (Instant.now().isBefore(until) && worker.step(campaignId) > 0) {
                // next batch
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Batch of campaign " + campaignId + " rolled back (another server may have done it); retried at the next tick", e);
        }
    }
}
