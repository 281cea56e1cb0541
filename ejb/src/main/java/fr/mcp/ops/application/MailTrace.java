package fr.mcp.ops.application;

import java.time.Instant;

/** Where a check mail stands: status (QUEUED, RETRYING, SENT, PARKED), attempts made and the last error. */
public record MailTrace(String id, String template, String recipient, String status, int attempts, String lastError,
                        Instant createdAt, Instant sentAt) {
}
