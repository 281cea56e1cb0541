package fr.mcp.web.health;

import fr.mcp.platform.migration.SchemaMigrator;
import fr.mcp.platform.migration.SchemaStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers and its schema is at the latest migration. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    private SchemaMigrator migrator;

    @Override
    public HealthCheckResponse call() {
        SchemaStatus schema = migrator.status();
        if (!schema.ready()) {
            return HealthCheckResponse.named("database")
                    .down()
                    .withData("reason", schema.reason())
                    .build();
        }
        try (Connection connection =
                InitialContext.<DataSource>doLookup("jdbc/mcp").getConnection()) {
            boolean valid = connection.isValid(2);
            return HealthCheckResponse.named("database")
                    .status(valid)
                    .withData("schemaVersion", schema.version())
                    .withData("product", connection.getMetaData().getDatabaseProductName())
                    .build();
        } catch (SQLException | NamingException e) {
            return HealthCheckResponse.named("database")
                    .down()
                    .withData("reason", e.getMessage())
                    .build();
        }
    }
}
