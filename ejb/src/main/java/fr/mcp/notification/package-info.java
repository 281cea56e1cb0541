/**
 * Notifications: mails recorded with their idempotency key and sent through the persistent JMS queue exactly once,
 * retried, parked, and queued again when their message was lost.
 */
package fr.mcp.notification;
