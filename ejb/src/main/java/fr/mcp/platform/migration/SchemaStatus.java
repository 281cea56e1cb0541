package fr.mcp.platform.migration;

/** Whether the schema is migrated, and if not, why. */
public record SchemaStatus(boolean ready, String version, String reason) {

    static SchemaStatus ready(String version) {
        return new SchemaStatus(true, version, null);
    }

    static SchemaStatus pending(String reason) {
        return new SchemaStatus(false, null, reason);
    }
}
