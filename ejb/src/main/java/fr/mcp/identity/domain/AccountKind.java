package fr.mcp.identity.domain;

public enum AccountKind {
    CAF_AGENT,
    PARTNER_USER
}
