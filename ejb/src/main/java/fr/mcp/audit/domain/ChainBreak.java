package fr.mcp.audit.domain;

/** Where the audit chain breaks: the link number, the row it seals (null when the link itself is missing), and why, in French. */
public record ChainBreak(long seq, AuditSource source, Long sourceId, String reason) {}
