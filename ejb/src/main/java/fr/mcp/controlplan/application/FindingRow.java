package fr.mcp.controlplan.application;

import fr.mcp.controlplan.domain.FindingCase;
import java.time.Instant;

/** A finding in the queue. */
public record FindingRow(
        long id,
        long version,
        String rule,
        String severity,
        String subject,
        String summary,
        Instant occurredFrom,
        Instant occurredTo,
        Instant raisedAt,
        String status,
        String statusLabel,
        String assignee) {

    static FindingRow of(FindingCase f) {
        return new FindingRow(
                f.getId(),
                f.getVersion(),
                f.getRuleCode(),
                f.getSeverity(),
                f.getSubject(),
                f.getSummary(),
                f.getOccurredFrom(),
                f.getOccurredTo(),
                f.getRaisedAt(),
                f.getStatus().name(),
                f.getStatus().label(),
                f.getAssignee());
    }
}
