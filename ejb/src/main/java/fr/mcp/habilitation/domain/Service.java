package fr.mcp.habilitation.domain;

/** The online services of the bouquet. */
public enum Service {
    AFAS,
    CDAP,
    BAILLEUR,
    ADONIS,
    DGFIP
}
