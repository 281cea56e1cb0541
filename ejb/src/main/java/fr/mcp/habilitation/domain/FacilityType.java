package fr.mcp.habilitation.domain;

public enum FacilityType {
    ALSH,
    RPE,
    LAEP,
    EAJE,
    JEUNESSE,
    MF,
    ER,
    AIDE_DOMICILE
}
