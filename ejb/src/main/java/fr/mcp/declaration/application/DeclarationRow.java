package fr.mcp.declaration.application;

import fr.mcp.declaration.domain.DeclarationKind;
import fr.mcp.declaration.domain.DeclarationState;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A line of the tracking board or of the Caf's review queue. */
public record DeclarationRow(long id, String partnerName, String facilityName, String facilityType, int year, DeclarationKind kind,
                             DeclarationState state, LocalDate deadline, BigDecimal frozenTotal, Instant transmittedAt, boolean late) {
}
