package fr.mcp.audit.domain;

import fr.mcp.shared.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A publication of the chain's head (number and hash) to recipients outside the platform. The slot makes the daily
 * digest unique per day, whichever server sends it; a digest asked for by an administrator has a slot of its own.
 */
@Entity
@Table(name = "audit_digest")
public class AuditDigest extends BaseEntity {

    private String slot;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "requested_by")
    private String requestedBy;

    @Column(name = "head_seq")
    private long headSeq;

    @Column(name = "head_hash")
    private String headHash;

    @Column(name = "links_since")
    private long linksSince;

    private String recipients;

    protected AuditDigest() {}

    public AuditDigest(
            String slot,
            Instant createdAt,
            String requestedBy,
            long headSeq,
            String headHash,
            long linksSince,
            String recipients) {
        this.slot = slot;
        this.createdAt = createdAt;
        this.requestedBy = requestedBy;
        this.headSeq = headSeq;
        this.headHash = headHash;
        this.linksSince = linksSince;
        this.recipients = recipients;
    }

    public String getSlot() {
        return slot;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public long getHeadSeq() {
        return headSeq;
    }

    public String getHeadHash() {
        return headHash;
    }

    public long getLinksSince() {
        return linksSince;
    }

    public String getRecipients() {
        return recipients;
    }
}
