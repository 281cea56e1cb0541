package fr.mcp.journal.application;

import java.time.Instant;

/** One entry of the journal, whatever its source: when, which journal, who, what, on which partner, details. */
public record JournalRow(
        Instant at,
        String source,
        String login,
        String action,
        Long partnerId,
        String target,
        String detail,
        String clientAddress) {}
