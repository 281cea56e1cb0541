package fr.mcp.demo;

import java.time.Instant;

/** A mail captured by the demo SMTP server. */
public record DemoMail(String to, String subject, Instant receivedAt, String body) {}
