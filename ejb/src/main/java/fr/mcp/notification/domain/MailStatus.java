package fr.mcp.notification.domain;

public enum MailStatus {
    /** Waiting for its first delivery attempt. */
    QUEUED,
    /** An attempt failed; another one is scheduled. */
    RETRYING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Every attempt failed: parked on the dead-letter queue with its reason. */
    PARKED
}
