package fr.mcp.declaration.domain;

import fr.mcp.shared.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A reminder a Caf agent sent for one declaration: one a day at most (unique key), so a double click or two agents never mail twice. */
@Entity
@Table(name = "declaration_reminder")
public class DeclarationReminder extends BaseEntity {

    @Column(name = "declaration_id")
    private long declarationId;

    @Column(name = "sent_on")
    private LocalDate sentOn;

    @Column(name = "sent_by")
    private String sentBy;

    private int recipients;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected DeclarationReminder() {}

    public DeclarationReminder(long declarationId, LocalDate sentOn, String sentBy, int recipients, Instant sentAt) {
        this.declarationId = declarationId;
        this.sentOn = sentOn;
        this.sentBy = sentBy;
        this.recipients = recipients;
        this.sentAt = sentAt;
    }

    public long getDeclarationId() {
        return declarationId;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public int getRecipients() {
        return recipients;
    }
}
