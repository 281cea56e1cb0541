package fr.mcp.notification.application;

import java.util.List;

/**
 * The application's port for sending notifications. Sending joins the caller's transaction: a notification
 * of a change that rolls back is never sent.
 */
public interface Notifier {

    /** Queues the notification and returns its idempotency key. */
    String send(Notification notification);

    /**
     * Queues these notifications in one go (their records written by one JDBC batch, each its own message), for
     * thousands at once; returns their keys, in order.
     */
    List<String> sendAll(List<Notification> notifications);
}
