package fr.mcp.identity.domain;

import fr.mcp.shared.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/** An API token of a user: only the SHA-256 of the secret is kept, with the few characters shown to recognise it. */
@Entity
@Table(name = "api_token")
public class ApiToken extends BaseEntity {

    private static final Duration USE_NOTED_EVERY = Duration.ofMinutes(1);

    @Column(name = "account_id")
    private Long accountId;

    private String name;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "shown_prefix")
    private String shownPrefix;

    @Enumerated(EnumType.STRING)
    private TokenScope scope;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiToken() {}

    public ApiToken(
            long accountId,
            String name,
            String tokenHash,
            String shownPrefix,
            TokenScope scope,
            Instant createdAt,
            LocalDate expiresOn) {
        this.accountId = accountId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.shownPrefix = shownPrefix;
        this.scope = scope;
        this.createdAt = createdAt;
        this.expiresOn = expiresOn;
    }

    /** Usable on that day: not revoked, and the expiry date not passed (a token expiring today works all day). */
    public boolean isUsableOn(LocalDate day) {
        return revokedAt == null && !day.isAfter(expiresOn);
    }

    public void revoke(String login, Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
            revokedBy = login;
        }
    }

    /** Whether a use at {@code at} is to be noted: at most once a minute, so a busy software does not write on every call. */
    public boolean isUseToNote(Instant at) {
        return lastUsedAt == null || Duration.between(lastUsedAt, at).compareTo(USE_NOTED_EVERY) >= 0;
    }

    /** The state shown to its holder. */
    public String status(LocalDate today) {
        if (revokedAt != null) {
            return "Révoqué";
        }
        return today.isAfter(expiresOn) ? "Expiré" : "Actif";
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }

    public String getShownPrefix() {
        return shownPrefix;
    }

    public TokenScope getScope() {
        return scope;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }
}
