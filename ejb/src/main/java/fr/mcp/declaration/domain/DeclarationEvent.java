package fr.mcp.declaration.domain;

import fr.mcp.shared.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a declaration's history: who, when, what, from which state to which, on which form, why. Never updated. */
@Entity
@Table(name = "declaration_event")
public class DeclarationEvent extends BaseEntity {

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(name = "actor_login")
    private String actorLogin;

    @Column(name = "actor_name")
    private String actorName;

    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    private DeclarationState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    private DeclarationState toState;

    @Column(name = "form_label")
    private String formLabel;

    private String comment;

    protected DeclarationEvent() {}

    DeclarationEvent(
            Instant occurredAt,
            Author author,
            String action,
            DeclarationState fromState,
            DeclarationState toState,
            String formLabel,
            String comment) {
        this.occurredAt = occurredAt;
        this.actorLogin = author.login();
        this.actorName = author.name();
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.formLabel = formLabel;
        this.comment = comment;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActorLogin() {
        return actorLogin;
    }

    public String getActorName() {
        return actorName;
    }

    public String getAction() {
        return action;
    }

    public DeclarationState getFromState() {
        return fromState;
    }

    public DeclarationState getToState() {
        return toState;
    }

    public String getFormLabel() {
        return formLabel;
    }

    public String getComment() {
        return comment;
    }
}
