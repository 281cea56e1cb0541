package fr.mcp.web.health;

import fr.mcp.campaign.application.CampaignJob;
import fr.mcp.platform.migration.SchemaMigrator;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the campaigns' tick is scheduled: one persistent timer, kept in the database (mcp-timers.xml), whatever
 * the number of restarts or servers. Without it no call, reminder or deadline notice would go out.
 */
@Readiness
@ApplicationScoped
public class CampaignReadiness implements HealthCheck {

    @EJB
    private CampaignJob job;

    @EJB
    private SchemaMigrator migrator;

    @Override
    public HealthCheckResponse call() {
        if (!migrator.status().ready()) {
            // The tick lives in the database, which has not answered since the start (see the database check).
            return HealthCheckResponse.named("campaigns")
                    .down()
                    .withData("reason", "base de données indisponible")
                    .build();
        }
        try {
            CampaignJob.TickState ticks = job.ticks();
            return HealthCheckResponse.named("campaigns")
                    .status(ticks.timers() >= 1 && ticks.persistent())
                    .withData("timers", ticks.timers())
                    .withData("persistent", ticks.persistent())
                    .withData("nextTick", String.valueOf(ticks.next()))
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("campaigns")
                    .down()
                    .withData("reason", String.valueOf(e.getMessage()))
                    .build();
        }
    }
}
