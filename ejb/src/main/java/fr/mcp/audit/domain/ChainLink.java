package fr.mcp.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One link of the audit chain: number n seals one audited row and the link n − 1. Never updated. */
@Entity
@Table(name = "audit_chain")
public class ChainLink {

    @Id
    private long seq;

    @Enumerated(EnumType.STRING)
    private AuditSource source;

    @Column(name = "source_id")
    private long sourceId;

    private String digest;

    @Column(name = "previous_hash")
    private String previousHash;

    private String hash;

    @Column(name = "sealed_at")
    private Instant sealedAt;

    protected ChainLink() {}

    public ChainLink(
            long seq, AuditSource source, long sourceId, String digest, String previousHash, Instant sealedAt) {
        this.seq = seq;
        this.source = source;
        this.sourceId = sourceId;
        this.digest = digest;
        this.previousHash = previousHash;
        this.hash = ChainHashes.link(seq, source, sourceId, digest, previousHash);
        this.sealedAt = sealedAt;
    }

    /** Whether the stored hash is the one its own fields give. */
    public boolean selfConsistent() {
        return ChainHashes.link(seq, source, sourceId, digest, previousHash).equals(hash);
    }

    public long getSeq() {
        return seq;
    }

    public AuditSource getSource() {
        return source;
    }

    public long getSourceId() {
        return sourceId;
    }

    public String getDigest() {
        return digest;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }

    public Instant getSealedAt() {
        return sealedAt;
    }
}
