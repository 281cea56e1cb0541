package fr.mcp.notification.domain;

/** A rendered mail: subject and plain-text body. */
public record MailContent(String subject, String body) {}
