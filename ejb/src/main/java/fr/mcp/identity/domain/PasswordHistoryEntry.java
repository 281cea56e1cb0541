package fr.mcp.identity.domain;

import fr.mcp.shared.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A password the user chose before: the last ones may not be chosen again. */
@Entity
@Table(name = "password_history")
public class PasswordHistoryEntry extends BaseEntity {

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected PasswordHistoryEntry() {}

    public PasswordHistoryEntry(long accountId, String passwordHash, Instant changedAt) {
        this.accountId = accountId;
        this.passwordHash = passwordHash;
        this.changedAt = changedAt;
    }

    public String getPasswordHash() {
        return passwordHash;
    }
}
