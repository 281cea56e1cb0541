package fr.mcp.habilitation.domain;

/** Roles held on a facility or a site for AFAS declarations. */
public enum AfasRole {
    /** Fournisseur de données d'activité. */
    FDA,
    /** Fournisseur de données financières. */
    FDF,
    /** Fournisseur de données par import. */
    FDI,
    APPROVER,
    CONSULTANT
}
