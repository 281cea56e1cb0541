package fr.mcp.shared.config;

import java.time.ZoneId;
import java.util.ServiceConfigurationError;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The time zone of the Caf's business: dates of deadlines and days, times shown in pages and mails. Instants are
 * stored in UTC whatever the host's zone; everything a person reads or a rule counts by day is in this zone
 * ({@code mcp.timeZone}, Europe/Paris by default; an overseas Caf sets its own, e.g. America/Cayenne).
 */
public final class BusinessTime {

    private static final String DEFAULT = "Europe/Paris";

    private static volatile ZoneId zone;

    private BusinessTime() {}

    public static ZoneId zone() {
        ZoneId current = zone;
        if (current == null) {
            current = ZoneId.of(configured().trim());
            zone = current;
        }
        return current;
    }

    private static String configured() {
        try {
            return ConfigProvider.getConfig()
                    .getOptionalValue("mcp.timeZone", String.class)
                    .filter(name -> !name.isBlank())
                    .orElse(DEFAULT);
        } catch (IllegalStateException | ServiceConfigurationError noConfiguration) {
            return DEFAULT; // outside the server (unit tests): no MicroProfile Config implementation
        }
    }
}
