package fr.mcp.web.api.declaration;

import fr.mcp.declaration.application.DeclarationFilter;
import fr.mcp.declaration.domain.DeclarationKind;
import fr.mcp.declaration.domain.DeclarationState;
import fr.mcp.shared.domain.RuleViolation;
import fr.mcp.web.api.Params;
import jakarta.ws.rs.QueryParam;
import java.util.Arrays;
import java.util.List;

/** The filters of a declarations list, shared by the list and its export: every value read as text, a bad one a French 400. */
public class QueueFilterParams {

    @QueryParam("year")
    private String year;

    @QueryParam("kind")
    private String kind;

    @QueryParam("facilityType")
    private String facilityType;

    @QueryParam("state")
    private String state;

    @QueryParam("text")
    private String text;

    @QueryParam("reviewer")
    private String reviewer;

    @QueryParam("campaign")
    private String campaign;

    @QueryParam("deadlineBefore")
    private String deadlineBefore;

    @QueryParam("partner")
    private String partner;

    @QueryParam("controls")
    private String controls;

    public DeclarationFilter filter() {
        return new DeclarationFilter(
                Params.integer(year, "L'année est un nombre, par exemple 2026."),
                Params.choice(kind, DeclarationKind.class, "Le type de déclaration est FORECAST, UPDATE ou ACTUAL."),
                facilityType,
                Params.choice(
                        state,
                        DeclarationState.class,
                        "L'état est l'un de " + Arrays.toString(DeclarationState.values()) + "."),
                text,
                reviewer,
                Params.number(campaign, "La campagne est désignée par son numéro."),
                Params.day(deadlineBefore),
                Params.number(partner, "Le partenaire est désigné par son numéro."),
                controlsRaised());
    }

    /** controls=raised: transmitted with a raised coherence control; controls=none: without; absent: any. */
    private Boolean controlsRaised() {
        if (controls == null || controls.isBlank()) {
            return null;
        }
        return switch (controls.trim().toLowerCase()) {
            case "raised" -> Boolean.TRUE;
            case "none" -> Boolean.FALSE;
            default -> throw new RuleViolation(
                    List.of("Le filtre des contrôles vaut raised (contrôles levés) ou none (aucun contrôle levé)."));
        };
    }
}
