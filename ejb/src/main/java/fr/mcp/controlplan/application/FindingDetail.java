package fr.mcp.controlplan.application;

import java.time.Instant;
import java.util.List;

/**
 * A finding with its evidence (the events or facts behind it), its notes, how it was closed, and what can be acted on:
 * the account (login, status) and the partner (name, whether its access is active).
 */
public record FindingDetail(
        FindingRow finding,
        String ruleLabel,
        List<String> evidence,
        List<Note> notes,
        String closedBy,
        Instant closedAt,
        String outcome,
        Long accountId,
        String accountLogin,
        String accountStatus,
        Long partnerId,
        String partnerName,
        Boolean partnerAccessActive) {

    /** A security officer's note. */
    public record Note(String author, Instant writtenAt, String text) {}
}
