package fr.mcp.audit.domain;

import fr.mcp.shared.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One run of the retention: the security events older than {@code cutoff} and sealed up to link {@code throughSeq}, erased. */
@Entity
@Table(name = "event_pruning")
public class EventPruning extends BaseEntity {

    @Column(name = "pruned_at")
    private Instant prunedAt;

    private Instant cutoff;

    @Column(name = "through_seq")
    private long throughSeq;

    @Column(name = "rows_deleted")
    private long rowsDeleted;

    protected EventPruning() {}

    public EventPruning(Instant prunedAt, Instant cutoff, long throughSeq, long rowsDeleted) {
        this.prunedAt = prunedAt;
        this.cutoff = cutoff;
        this.throughSeq = throughSeq;
        this.rowsDeleted = rowsDeleted;
    }

    public long getThroughSeq() {
        return throughSeq;
    }

    public long getRowsDeleted() {
        return rowsDeleted;
    }
}
