package fr.mcp.habilitation.domain;

public enum AccessStatus {
    ACTIVE,
    SUSPENDED
}
