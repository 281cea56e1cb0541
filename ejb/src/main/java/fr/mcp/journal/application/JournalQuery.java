package fr.mcp.journal.application;

import java.time.LocalDate;

/**
 * A search of the journal: source (SECURITY, ADMIN, DECLARATION; null: all), user login, partner, action or event type,
 * period (days, inclusive). Every criterion is optional.
 */
public record JournalQuery(String source, String login, Long partnerId, String action, LocalDate from, LocalDate to) {}
