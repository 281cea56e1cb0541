package fr.mcp.controlplan.domain;

import fr.mcp.shared.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A finding kept for a Caf's security officers: what the rule raised (rule, severity, subject, events, evidence), then
 * its handling: assigned, commented, closed once, as legitimate or after acting on the user or the partner.
 */
@Entity
@Table(name = "finding")
public class FindingCase extends BaseEntity {

    private static final int MAX_EVIDENCE = 8000;

    @Column(name = "caf_id")
    private Long cafId;

    @Column(name = "partner_id")
    private Long partnerId;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "rule_code")
    private String ruleCode;

    private String severity;
    private String subject;
    private String fingerprint;

    @Column(name = "occurred_from")
    private Instant occurredFrom;

    @Column(name = "occurred_to")
    private Instant occurredTo;

    private String summary;
    private String evidence;

    @Column(name = "raised_at")
    private Instant raisedAt;

    @Enumerated(EnumType.STRING)
    private FindingStatus status;

    private String assignee;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    private String outcome;

    protected FindingCase() {}

    public FindingCase(Finding finding, long cafId, Long partnerId, Long accountId, Instant raisedAt) {
        this.cafId = cafId;
        this.partnerId = partnerId;
        this.accountId = accountId;
        this.ruleCode = finding.rule();
        this.severity = finding.severity();
        this.subject = finding.subject();
        this.fingerprint = finding.fingerprint();
        this.occurredFrom = finding.from();
        this.occurredTo = finding.to();
        this.summary = finding.summary();
        String joined = String.join("\n", finding.evidence());
        this.evidence = joined.length() <= MAX_EVIDENCE ? joined : joined.substring(0, MAX_EVIDENCE - 1) + "…";
        this.raisedAt = raisedAt;
        this.status = FindingStatus.OPEN;
    }

    public void assignTo(String login) {
        requireOpen();
        this.assignee = login;
    }

    /** Closes the finding, as legitimate or after acting; a closed finding stays closed. */
    public void close(FindingStatus how, String by, Instant at, String outcome) {
        if (!how.closed()) {
            throw new IllegalArgumentException("A finding is closed as legitimate or acted upon");
        }
        requireOpen();
        this.status = how;
        this.closedBy = by;
        this.closedAt = at;
        this.outcome = outcome;
    }

    private void requireOpen() {
        if (status.closed()) {
            throw new IllegalStateException("The finding is already closed");
        }
    }

    public List<String> evidenceLines() {
        return Arrays.asList(evidence.split("\n"));
    }

    public Long getCafId() {
        return cafId;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getRuleCode() {
        return ruleCode;
    }

    public String getSeverity() {
        return severity;
    }

    public String getSubject() {
        return subject;
    }

    public Instant getOccurredFrom() {
        return occurredFrom;
    }

    public Instant getOccurredTo() {
        return occurredTo;
    }

    public String getSummary() {
        return summary;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public FindingStatus getStatus() {
        return status;
    }

    public String getAssignee() {
        return assignee;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getOutcome() {
        return outcome;
    }
}
