package fr.mcp.platform.migration;

/** CDI event fired once the database schema is at the latest migration. */
public record SchemaReady(String schemaVersion) {}
