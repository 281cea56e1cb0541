package fr.mcp.declaration.application;

import fr.mcp.declaration.domain.DeclarationKind;
import fr.mcp.declaration.domain.DeclarationState;

/**
 * Filters of the tracking board and review queue (null: any); {@code reviewer} is a login, or "-" for declarations
 * nobody reviews yet; {@code deadlineBefore} keeps the declarations due on or before that day.
 */
public record DeclarationFilter(Integer year, DeclarationKind kind, String facilityType, DeclarationState state, String text, String reviewer,
                                Long campaignId, java.time.LocalDate deadlineBefore) {

    public DeclarationFilter(Integer year, DeclarationKind kind, String facilityType, DeclarationState state, String text) {
        this(year, kind, facilityType, state, text, null, null, null);
    }

    public static DeclarationFilter none() {
        return new DeclarationFilter(null, null, null, null, null);
    }
}
