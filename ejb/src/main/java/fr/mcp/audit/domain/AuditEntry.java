package fr.mcp.audit.domain;

import fr.mcp.shared.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One administrative change: who, when, from where, what, on which partner, the state before and after. Never updated. */
@Entity
@Table(name = "admin_audit")
public class AuditEntry extends BaseEntity {

    private static final int MAX_STATE = 2000;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(name = "actor_login")
    private String actorLogin;

    @Column(name = "client_address")
    private String clientAddress;

    @Column(name = "caf_id")
    private Long cafId;

    @Column(name = "partner_id")
    private Long partnerId;

    private String action;
    private String target;

    @Column(name = "before_state")
    private String beforeState;

    @Column(name = "after_state")
    private String afterState;

    protected AuditEntry() {}

    public AuditEntry(
            Instant occurredAt,
            String actorLogin,
            String clientAddress,
            Long cafId,
            Long partnerId,
            String action,
            String target,
            String beforeState,
            String afterState) {
        this.occurredAt = occurredAt;
        this.actorLogin = actorLogin;
        this.clientAddress = clientAddress;
        this.cafId = cafId;
        this.partnerId = partnerId;
        this.action = action;
        this.target = truncate(target, 200);
        this.beforeState = truncate(beforeState, MAX_STATE);
        this.afterState = truncate(afterState, MAX_STATE);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActorLogin() {
        return actorLogin;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public Long getCafId() {
        return cafId;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getBeforeState() {
        return beforeState;
    }

    public String getAfterState() {
        return afterState;
    }
}
