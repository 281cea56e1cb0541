package fr.mcp.declaration.application;

import fr.mcp.declaration.domain.DeclarationKind;
import fr.mcp.declaration.domain.DeclarationState;
import java.time.LocalDate;

/**
 * Filters of the tracking board and review queue (null: any); {@code reviewer} is a login, or "-" for declarations
 * nobody reviews yet; {@code deadlineBefore} keeps the declarations due on or before that day; {@code controlsRaised}
 * keeps those transmitted with (true) or without (false) a raised coherence control.
 */
public record DeclarationFilter(
        Integer year,
        DeclarationKind kind,
        String facilityType,
        DeclarationState state,
        String text,
        String reviewer,
        Long campaignId,
        LocalDate deadlineBefore,
        Long partnerId,
        Boolean controlsRaised) {

    public DeclarationFilter(
            Integer year, DeclarationKind kind, String facilityType, DeclarationState state, String text) {
        this(year, kind, facilityType, state, text, null, null, null, null, null);
    }

    public static DeclarationFilter none() {
        return new DeclarationFilter(null, null, null, null, null);
    }
}
