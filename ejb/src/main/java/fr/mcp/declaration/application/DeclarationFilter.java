package fr.mcp.declaration.application;

import fr.mcp.declaration.domain.DeclarationKind;
import fr.mcp.declaration.domain.DeclarationState;

/** Filters of the tracking board and review queue (null: any). */
public record DeclarationFilter(Integer year, DeclarationKind kind, String facilityType, DeclarationState state, String text) {

    public static DeclarationFilter none() {
        return new DeclarationFilter(null, null, null, null, null);
    }
}
