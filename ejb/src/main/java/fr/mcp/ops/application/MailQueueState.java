package fr.mcp.ops.application;

/**
 * The platform's mail queue at a glance: messages queued and not yet consumed (0: nothing left that could send a mail),
 * and mails whose next attempt is waiting (queued or retrying).
 */
public record MailQueueState(long pendingMessages, long waitingMails) {}
