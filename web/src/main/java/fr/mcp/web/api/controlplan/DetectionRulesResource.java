package fr.mcp.web.api.controlplan;

import fr.mcp.controlplan.application.NewRuleVersion;
import fr.mcp.controlplan.application.RuleVersions;
import fr.mcp.controlplan.domain.DetectionRule;
import fr.mcp.identity.domain.Roles;
import fr.mcp.web.api.habilitation.ApiClients;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The detection rules of the control plan as dated data: every version, and a new version from a day. */
@Path("/v1/control-plan/rules")
@RequestScoped
@Tag(name = "Plan de contrôle")
@SecurityRequirement(name = "basic")
@RolesAllowed(Roles.CAF_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DetectionRulesResource {

    @Inject
    private RuleVersions versions;

    @Inject
    private ApiClients clients;

    @GET
    @Operation(
            summary =
                    "Toutes les versions des règles de détection, par code puis de la plus récente à la plus ancienne.")
    public List<DetectionRule> all() {
        return versions.all();
    }

    @POST
    @Operation(
            summary =
                    "Nouvelle version d'une règle à partir d'aujourd'hui ou d'une date à venir ; seuils, fenêtres et heures vérifiés selon la règle.")
    public Response add(@NotNull(message = "Le corps de la requête est obligatoire.") NewRuleVersion form) {
        return Response.status(201)
                .entity(Map.of("id", versions.add(form, clients.current())))
                .build();
    }
}
