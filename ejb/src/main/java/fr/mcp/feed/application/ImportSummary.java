package fr.mcp.feed.application;

import java.time.Instant;

/** An import as listed and returned to the software: counts, and the reason when the file itself was refused. */
public record ImportSummary(
        long id,
        String login,
        String source,
        String sourceLabel,
        String fileName,
        Instant receivedAt,
        int lines,
        int accepted,
        int rejected,
        int declarationsApplied,
        String fileError) {}
