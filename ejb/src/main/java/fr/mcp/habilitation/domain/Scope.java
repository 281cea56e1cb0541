package fr.mcp.habilitation.domain;

/** Portée d'habilitation. */
public enum Scope {
    LOCAL,
    MULTI_CAF,
    NATIONAL
}
