package fr.mcp.ops.application;

import java.time.Instant;

/**
 * Where a check mail stands: status (QUEUED, RETRYING, SENT, PARKED), attempts made, the last error, and its messages
 * still on the queue (0 once nothing can act on it any more).
 */
public record MailTrace(
        String id,
        String template,
        String recipient,
        String status,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant sentAt,
        int pendingMessages) {}
