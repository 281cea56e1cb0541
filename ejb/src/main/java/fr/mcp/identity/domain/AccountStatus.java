package fr.mcp.identity.domain;

/** Ouvert / Clôturé, plus Suspendu when a Caf cuts access for a security reason. */
public enum AccountStatus {
    OPEN,
    CLOSED,
    SUSPENDED
}
