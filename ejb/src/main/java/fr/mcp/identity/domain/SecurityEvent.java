package fr.mcp.identity.domain;

import fr.mcp.shared.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One security event: what happened, to which account, when, from which client. */
@Entity
@Table(name = "security_event")
public class SecurityEvent extends BaseEntity {

    private static final int MAX_USER_AGENT = 400;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    private SecurityEventType type;

    private String login;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "client_address")
    private String clientAddress;

    @Column(name = "user_agent")
    private String userAgent;

    private String detail;

    protected SecurityEvent() {}

    public SecurityEvent(
            Instant occurredAt,
            SecurityEventType type,
            String login,
            Long accountId,
            ClientInfo client,
            String detail) {
        this.occurredAt = occurredAt;
        this.type = type;
        this.login = login == null ? null : login.substring(0, Math.min(login.length(), 40));
        this.accountId = accountId;
        this.clientAddress = client.address();
        this.userAgent = client.userAgent() == null
                ? null
                : client.userAgent().substring(0, Math.min(client.userAgent().length(), MAX_USER_AGENT));
        this.detail = detail;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public SecurityEventType getType() {
        return type;
    }

    public String getLogin() {
        return login;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public String getDetail() {
        return detail;
    }
}
