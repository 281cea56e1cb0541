package fr.mcp.declaration.application;

import fr.mcp.declaration.domain.DeclarationEvent;
import fr.mcp.declaration.domain.DeclarationKind;
import fr.mcp.declaration.domain.DeclarationState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A declaration as its reader sees it: header, forms, estimate and controls, history, and the actions open to the
 * caller now (the server checks them again on every call).
 */
public record DeclarationView(
        long id,
        long version,
        String partnerName,
        String facilityName,
        String facilityType,
        int year,
        DeclarationKind kind,
        DeclarationState state,
        LocalDate deadline,
        List<FormView> forms,
        Analysis analysis,
        List<DeclarationEvent> history,
        int nextStep,
        boolean financialRequested,
        Instant transmittedAt,
        String transmittedBy,
        Actions actions) {

    /** What the caller may do now. */
    public record Actions(
            boolean take, boolean approve, boolean justify, boolean review, boolean download, boolean payments) {}
}
