package fr.mcp.campaign.application;

import fr.mcp.campaign.application.internal.CampaignWorker;
import fr.mcp.campaign.application.internal.TickNames;
import fr.mcp.platform.migration.SchemaReady;
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
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Drives the campaigns' background work (calls, reminders, deadline notices): every {@code mcp.campaign.tickSeconds}
 * (2 by default), batch after batch (each its own transaction) for up to 20 seconds. The tick is a <em>persistent</em>
 * timer, kept in the database by Liberty's persistent executor (mcp-timers.xml): it survives restarts, and with several
 * servers each firing runs on one of them. Two servers starting together on a new database may each create a tick:
 * the next firing cancels the newer one ({@link TickNames}), and until then a batch done twice rolls back on the
 * unique keys. The work's state is in the database too, so the next firing resumes where the last committed batch
 * stopped.
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

    /**
     * Creates the persistent tick once the schema is migrated, at start-up or, when the database was unreachable then,
     * as soon as it answers (the persistent timers live in that database: touching them while it is down failed the
     * application's start for good). A restart finds the tick in the database; a changed period replaces it. Two
     * servers starting together may both create one; the next firing cancels the surplus ({@link TickNames#surplus}).
     */
    public void onSchemaReady(@Observes SchemaReady ready) {
        long period = period();
        cancelSurplus();
        if (campaignTimers().isEmpty()) {
            timerService.createIntervalTimer(
                    period, period, new TimerConfig(TickNames.create(period, Instant.now()), true));
        }
    }

    /** The campaign ticks stored for this application (one expected, persistent) and the next firing, for readiness. */
    public TickState ticks() {
        List<Timer> timers = campaignTimers();
        return new TickState(
                timers.size(),
                timers.stream().allMatch(Timer::isPersistent),
                timers.stream()
                        .map(Timer::getNextTimeout)
                        .map(Date::toInstant)
                        .min(Instant::compareTo)
                        .orElse(null));
    }

    /** How many campaign ticks exist, whether all are persistent, and when the next one fires. */
    public record TickState(int timers, boolean persistent, Instant next) {}

    /**
     * Starts a campaign just launched without waiting for the tick: a one-shot timer (not persistent: the tick is the one
     * that survives a restart), which a timer created in the caller's transaction starts only once it commits.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void startSoon() {
        timerService.createSingleActionTimer(1, new TimerConfig(null, false));
    }

    /** The tick, or the one-shot start of {@link #startSoon}: a firing while another runs returns at once. */
    @Timeout
    void tick() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            cancelSurplus();
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

    /** Cancels the ticks of another period and those created after the first (see {@link TickNames#surplus}). */
    private void cancelSurplus() {
        for (Timer timer : TickNames.surplus(campaignTimers(), timer -> (String) timer.getInfo(), period())) {
            try {
                String name = (String) timer.getInfo();
                timer.cancel();
                LOG.info(() -> "Surplus campaign tick cancelled: " + name);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Surplus campaign tick already cancelled (by another server?)", e);
            }
        }
    }

    private List<Timer> campaignTimers() {
        return timerService.getTimers().stream()
                .filter(timer -> TickNames.isTick(timer.getInfo()))
                .toList();
    }

    private long period() {
        return tickSeconds * 1000L;
    }

    /** One campaign's batches until the slice ends; a batch that fails stops this campaign only, not the others. */
    private void advance(long campaignId, Instant until) {
        try {
            while (Instant.now().isBefore(until) && worker.step(campaignId) > 0) {
                // next batch
            }
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Batch of campaign " + campaignId
                            + " rolled back (another server may have done it); retried at the next tick",
                    e);
        }
    }
}
