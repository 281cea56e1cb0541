package fr.mcp.declaration.application;

import fr.mcp.declaration.application.internal.DeclarationAccess;
import fr.mcp.declaration.application.internal.DeclarationAccess.Access;
import fr.mcp.declaration.application.internal.DeclarationAnalysis;
import fr.mcp.declaration.domain.Declaration;
import fr.mcp.declaration.domain.DeclarationKind;
import fr.mcp.estimate.application.EstimateService;
import fr.mcp.estimate.domain.EstimateProblem;
import fr.mcp.estimate.domain.PaymentLine;
import fr.mcp.estimate.domain.PaymentRights;
import fr.mcp.estimate.domain.PaymentSchedule;
import fr.mcp.identity.domain.Roles;
import fr.mcp.shared.domain.Forbidden;
import fr.mcp.shared.domain.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The Caf's view of a facility's payments for a declaration's year: advances and balance computed from the frozen
 * estimates of its transmitted declarations (forecast, update and actual N, actuals N−1 and N−2).
 */
@Stateless
@RolesAllowed({Roles.CAF_REVIEWER, Roles.CAF_ADMIN})
public class Payments {

    /** The control whose justification lifts the advance cap (forecast N vs actual N−1). */
    public static final String GAP_CONTROL = "PREV-REEL";

    @Inject
    private DeclarationAccess access;

    @Inject
    private DeclarationAnalysis analysis;

    @Inject
    private EstimateService estimates;

    public List<PaymentLine> schedule(Long declarationId) {
        Access found = access.open(declarationId);
        if (!found.viewer().cafAgent()) {
            throw Forbidden.of("declaration.rights.reviewer");
        }
        Declaration declaration = found.declaration();
        int year = declaration.getYear();
        long facility = declaration.getFacilityId();
        Optional<Declaration> forecast = sent(facility, year, DeclarationKind.FORECAST);
        PaymentRights rights = new PaymentRights(
                year,
                forecast.map(Declaration::getFrozenTotal).orElse(null),
                right(facility, year, DeclarationKind.UPDATE),
                right(facility, year, DeclarationKind.ACTUAL),
                right(facility, year - 1, DeclarationKind.ACTUAL),
                right(facility, year - 2, DeclarationKind.ACTUAL),
                forecast.flatMap(d -> d.justificationOf(GAP_CONTROL)).isPresent());
        try {
            return PaymentSchedule.of(rights, estimates.scaleOf("PAYMENT", year));
        } catch (EstimateProblem problem) {
            throw RuleViolation.of("payments.scaleMissing", year);
        }
    }

    private BigDecimal right(long facility, int year, DeclarationKind kind) {
        return sent(facility, year, kind).map(Declaration::getFrozenTotal).orElse(null);
    }

    private Optional<Declaration> sent(long facility, int year, DeclarationKind kind) {
        return analysis.sent(facility, year, kind).filter(d -> d.getFrozenTotal() != null);
    }
}
