package fr.mcp.notification.application;

/**
 * The application's port for sending notifications. Sending joins the caller's transaction: a notification
 * of a change that rolls back is never sent.
 */
public interface Notifier {

    /** Queues the notification and returns its idempotency key. */
    String send(Notification notification);
}
