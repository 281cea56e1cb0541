package fr.mcp.web.api;

import fr.mcp.controlplan.application.SignInFindings;
import fr.mcp.controlplan.domain.Finding;
import fr.mcp.identity.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The sign-in rules of the control plan on the recent sign-ins of the caller's Caf. */
@Path("/v1/ops/sign-in-findings")
@RequestScoped
@Tag(name = "Plan de contrôle")
@SecurityRequirement(name = "basic")
@RolesAllowed(Roles.CAF_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class SignInFindingsResource {

    @Inject
    private SignInFindings findings;

    @GET
    @Operation(
            summary =
                    "Connexions atypiques des comptes de votre Caf sur les derniers jours (1 à 90) : heures inhabituelles,"
                            + " plusieurs adresses en peu de temps ; règle, gravité, période et connexions en cause.")
    public List<Finding> recent(@QueryParam("days") @DefaultValue("30") String days) {
        return findings.recent(Params.integerOrNull(days));
    }
}
