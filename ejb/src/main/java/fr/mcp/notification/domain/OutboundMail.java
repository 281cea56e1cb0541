package fr.mcp.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A notification and its delivery state. Its id is the idempotency key: a mail is sent at most once per id. While it
 * waits, {@code dueAt} says when its next attempt is due: a mail long past due has lost its message (the server whose
 * queue held it is gone) and is queued again ({@link #resume}). Each message carries the number of attempts made when it
 * was queued, so that of two messages for one attempt only the first acts ({@link #awaits}). {@code pendingMessages}
 * counts its messages queued and not yet consumed, each change in the transaction that sends or takes the message: at 0,
 * no message is left that could act on the mail, so what was handed to the SMTP server for it is final.
 */
@Entity
@Table(name = "outbound_mail")
public class OutboundMail {

    private static final int MAX_ERROR_LENGTH = 1000;

    @Id
    private String id;

    private String template;

    private String recipient;

    @Column(name = "parameters")
    private String encodedParameters;

    @Enumerated(EnumType.STRING)
    private MailStatus status;

    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "pending_messages")
    private int pendingMessages;

    @Version
    private long version;

    protected OutboundMail() {}

    public OutboundMail(String template, String recipient, Map<String, String> parameters, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.template = template;
        this.recipient = recipient;
        this.encodedParameters = ParameterCodec.encode(parameters);
        this.status = MailStatus.QUEUED;
        this.createdAt = now;
        this.dueAt = now;
    }

    /**
     * Whether a message queued after {@code attemptsWhenQueued} attempts is still the one this mail waits for: not once
     * it is sent or parked, nor once another message made an attempt since.
     */
    public boolean awaits(int attemptsWhenQueued) {
        return (status == MailStatus.QUEUED || status == MailStatus.RETRYING) && attempts == attemptsWhenQueued;
    }

    /** Queued again now (its message was lost): due now; returns the attempts made, which the new message carries. */
    public int resume(Instant now) {
        dueAt = now;
        return attempts;
    }

    /** A message for this mail is sent on the mail queue, in the same transaction. */
    public void messageQueued() {
        pendingMessages++;
    }

    /** A message for this mail is taken from the mail queue, in the same transaction (acted on or ignored). */
    public void messageConsumed() {
        pendingMessages = Math.max(0, pendingMessages - 1);
    }

    public int getPendingMessages() {
        return pendingMessages;
    }

    public boolean isSent() {
        return status == MailStatus.SENT;
    }

    public void markSent(Instant now) {
        status = MailStatus.SENT;
        sentAt = now;
        dueAt = null;
        attempts++;
        lastError = null;
    }

    /** Records a failed attempt, the next one being due at {@code nextDue}; returns the number of attempts made so far. */
    public int recordFailure(String error, Instant nextDue) {
        attempts++;
        status = MailStatus.RETRYING;
        dueAt = nextDue;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), MAX_ERROR_LENGTH));
        return attempts;
    }

    public void park() {
        status = MailStatus.PARKED;
        dueAt = null;
    }

    public String getId() {
        return id;
    }

    /** The parameters as stored (see {@link ParameterCodec}). */
    public String getEncodedParameters() {
        return encodedParameters;
    }

    public String getTemplate() {
        return template;
    }

    public String getRecipient() {
        return recipient;
    }

    public Map<String, String> getParameters() {
        return ParameterCodec.decode(encodedParameters);
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    /** When the next attempt is due; null once sent or parked. */
    public Instant getDueAt() {
        return dueAt;
    }
}
