package fr.mcp.platform.migration;

import fr.mcp.shared.application.Failures;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the latest versioned migration at start-up. When the database is unreachable the
 * application still starts: readiness reports the reason and the migration is retried until it succeeds,
 * rather than failing the deployment in a loop.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource
    private TimerService timerService;

    @Inject
    private Event<SchemaReady> schemaReady;

    @Inject
    @ConfigProperty(name = "mcp.migration.retrySeconds", defaultValue = "15")
    private long retrySeconds;

    private volatile SchemaStatus status = SchemaStatus.pending("migration non encore exécutée");

    @PostConstruct
    void start() {
        if (!migrate()) {
            timerService.createIntervalTimer(
                    retrySeconds * 1000, retrySeconds * 1000, new TimerConfig("schema-migration", false));
        }
    }

    @Timeout
    void retry(Timer timer) {
        if (migrate()) {
            timer.cancel();
        }
    }

    public SchemaStatus status() {
        return status;
    }

    private synchronized boolean migrate() {
        if (status.ready()) {
            return true;
        }
        try {
            MigrateResult result = Flyway.configure(getClass().getClassLoader())
                    .dataSource(dataSource())
                    // On Liberty the scanner finds a classpath folder through its flyway.location marker file.
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .skipDefaultCallbacks(true)
                    // Liberty's persistent executor may create its timer tables (MCPTIMER_*, mcp-timers.xml) in a
                    // new database before the first migration: such a schema is taken as empty (version 0), and
                    // every migration from V1 on is applied. Tables of ours without a history would still fail V1.
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
            String version =
                    result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
            status = SchemaStatus.ready(version);
            LOG.info(() -> "Database schema at version " + status.version() + " (" + result.migrationsExecuted
                    + " migration(s) applied)");
        } catch (RuntimeException | NamingException e) {
            status = SchemaStatus.pending(Failures.rootMessage(e));
            LOG.log(
                    Level.WARNING,
                    "Database migration failed, retrying in " + retrySeconds + " s: " + status.reason(),
                    e);
            return false;
        }
        try {
            schemaReady.fire(new SchemaReady(status.version()));
        } catch (RuntimeException e) {
            // An observer (demo data, say) failing must not take the application down with it.
            LOG.log(Level.SEVERE, "A start-up task after the migration failed", e);
        }
        return true;
    }

    /** Looked up on each attempt, so that a datasource missing or broken at start-up is reported, not fatal. */
    private static DataSource dataSource() throws NamingException {
        return InitialContext.doLookup("jdbc/mcp");
    }
}
