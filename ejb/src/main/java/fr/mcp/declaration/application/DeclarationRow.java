package fr.mcp.declaration.application;

import fr.mcp.declaration.domain.DeclarationKind;
import fr.mcp.declaration.domain.DeclarationState;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A line of the tracking board or of the Caf's review queue; {@code estimate} is the frozen total once transmitted,
 * otherwise (partner board) the current estimate of the values typed so far, null while it cannot be computed.
 */
public record DeclarationRow(
        long id,
        String partnerName,
        String facilityName,
        String facilityType,
        int year,
        DeclarationKind kind,
        DeclarationState state,
        LocalDate deadline,
        BigDecimal estimate,
        Instant transmittedAt,
        boolean late,
        boolean frozen,
        String reviewer,
        Integer controlsRaised) {

    DeclarationRow withEstimate(BigDecimal current, boolean isLate) {
        return new DeclarationRow(
                id,
                partnerName,
                facilityName,
                facilityType,
                year,
                kind,
                state,
                deadline,
                estimate != null ? estimate : current,
                transmittedAt,
                isLate,
                estimate != null,
                reviewer,
                controlsRaised);
    }
}
