package fr.mcp.identity.domain;

/** Sédentaire or itinérant. */
public enum Mobility {
    SEDENTARY,
    ITINERANT
}
