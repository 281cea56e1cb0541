package fr.mcp.web.api.statistics;

import fr.mcp.declaration.application.CampaignFigures;
import fr.mcp.declaration.application.DeclarationStatistics;
import fr.mcp.declaration.domain.DeclarationKind;
import fr.mcp.identity.domain.Roles;
import fr.mcp.web.api.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Statistics of the caller's Caf's declarations. */
@Path("/v1/statistics")
@RequestScoped
@Tag(name = "Statistiques")
@SecurityRequirement(name = "basic")
@RolesAllowed({Roles.CAF_REVIEWER, Roles.CAF_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    @Inject
    private DeclarationStatistics statistics;

    @GET
    @Path("/declarations")
    @Operation(
            summary =
                    "Déclarations d'une année (year) et d'un type (kind : FORECAST, UPDATE, ACTUAL) : par état, avancement jour par jour,"
                            + " montants estimés par type d'équipement.")
    public CampaignFigures declarations(@QueryParam("year") String year, @QueryParam("kind") String kind) {
        Integer parsedYear = Params.integer(year, "L'année est un nombre, par exemple 2026.");
        return statistics.figures(
                parsedYear,
                Params.choice(kind, DeclarationKind.class, "Le type de déclaration est FORECAST, UPDATE ou ACTUAL."));
    }
}
