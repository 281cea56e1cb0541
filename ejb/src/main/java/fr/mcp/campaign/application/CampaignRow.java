package fr.mcp.campaign.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A campaign and where its launch stands: facilities handled out of the eligible ones (declarations created, skipped),
 * holders mailed, reminders and overdue notices sent, and the progress in percent.
 */
public record CampaignRow(
        long id,
        long version,
        String kind,
        String kindLabel,
        int year,
        List<String> facilityTypes,
        LocalDate opensOn,
        LocalDate deadline,
        LocalDate reminderDay,
        String state,
        String stateLabel,
        int eligible,
        long created,
        long skipped,
        long mailed,
        long reminded,
        long overdue,
        String createdBy,
        Instant createdAt,
        Instant finishedAt,
        int progress) {}
