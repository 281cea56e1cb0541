package fr.mcp.notification.infrastructure;

/** JNDI names of the JMS resources declared in liberty-config (includes/mcp-messaging.xml). */
final class MailQueues {

    static final String CONNECTION_FACTORY = "jms/mcp/ConnectionFactory";
    static final String MAIL_QUEUE = "jms/mcp/MailQueue";
    static final String DEAD_LETTER_QUEUE = "jms/mcp/MailDeadLetterQueue";

    /** Message property: why a parked mail could not be sent. */
    static final String FAILURE_REASON = "failureReason";

    /** Message property: how many times the mail's record was looked for and not yet visible. */
    static final String LOOKUPS = "mcpLookups";

    /** Message property: how many attempts the mail had made when the message was queued (see OutboundMail#awaits). */
    static final String ATTEMPTS = "mcpAttempts";

    private MailQueues() {}
}
