package fr.mcp.campaign.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
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
 * Drives the campaigns' background work (calls, reminders, deadline notices): every {@code mcp.campaign.tickSeconds}
 * (2 by default), batch after batch (each its own transaction) for up to 20 seconds. The tick is a <em>persistent</em>
 * timer, kept in the database by Liberty's persistent executor (mcp-timers.xml): it survives restarts, and with several
 * servers each firing runs on one of them. The work's state is in the database too, so the next firing resumes where
 * the last committed batch stopped, and a batch done twice (two timers created at once by two servers starting
 * together) rolls back on the unique keys.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CampaignJob {

    private static final Logger LOG = Logger.getLogger(CampaignJob.class.getName());
    private static final Duration SLICE = Duration.ofSeconds(20);
    private static final String TIMER = "campaigns";

    private final AtomicBoolean running = new AtomicBoolean();

    @Resource
    private TimerService timerService;

    @EJB
    private CampaignWorker worker;

    @Inject
    @ConfigProperty(name = "mcp.campaign.tickSeconds", defaultValue = "2")
    private int tickSeconds;

    /** Creates the persistent tick once: a restart finds it in the database; a changed period replaces it. */
    @PostConstruct
    void start() {
        long period = tickSeconds * 1000L;
        String info = TIMER + " every " + period + " ms";
        boolean present = false;
        for (Timer timer : timerService.getTimers()) {
            if (info.equals(timer.getInfo()) && !present) {
                present = true;
            } else if (timer.getInfo() instanceof String other && other.startsWith(TIMER)) {
                timer.cancel();
            }
        }
        if (!present) {
            timerService.createIntervalTimer(period, period, new TimerConfig(info, true));
        }
    }

    /** The campaign ticks stored for this application (one expected, persistent) and the next firing, for readiness. */
    public TickState ticks() {
        java.util.List<Timer> timers = timerService.getTimers().stream()
                .filter(timer -> timer.getInfo() instanceof String info && info.startsWith(TIMER)).toList();
        return new TickState(timers.size(), timers.stream().allMatch(Timer::isPersistent),
                timers.stream().map(Timer::getNextTimeout).map(java.util.Date::toInstant).min(Instant::compareTo).orElse(null));
    }

    /** How many campaign ticks exist, whether all are persistent, and when the next one fires. */
    public record TickState(int timers, boolean persistent, Instant next) {
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
