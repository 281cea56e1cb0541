package fr.mcp.habilitation.domain;

/** Approver assignments take effect only once the Caf validated them; other roles are NOT_REQUIRED. */
public enum ValidationStatus {
    NOT_REQUIRED,
    PENDING,
    VALIDATED,
    REFUSED
}
