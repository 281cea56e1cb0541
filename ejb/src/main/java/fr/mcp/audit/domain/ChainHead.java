package fr.mcp.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The last link of the audit chain (one row): sealing locks it, so two servers never extend the chain at once. */
@Entity
@Table(name = "audit_chain_head")
public class ChainHead {

    public static final int ID = 1;

    @Id
    private int id;

    @Column(name = "last_seq")
    private long lastSeq;

    @Column(name = "last_hash")
    private String lastHash;

    @Version
    private long version;

    protected ChainHead() {}

    public void advance(ChainLink link) {
        lastSeq = link.getSeq();
        lastHash = link.getHash();
    }

    public long getLastSeq() {
        return lastSeq;
    }

    public String getLastHash() {
        return lastHash;
    }
}
