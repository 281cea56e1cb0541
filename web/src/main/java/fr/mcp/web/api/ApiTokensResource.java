package fr.mcp.web.api;

import fr.mcp.identity.application.ApiTokens;
import fr.mcp.identity.domain.Roles;
import fr.mcp.web.api.habilitation.ApiClients;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's API tokens, for their partners' software: created (secret shown once), listed, revoked. */
@Path("/v1/me/tokens")
@RequestScoped
@Tag(name = "Mon compte")
@SecurityRequirement(name = "basic")
@RolesAllowed(Roles.AFAS_DECLARER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApiTokensResource {

    /** Body of a new token: its name, scope (DECLARATIONS_IMPORT or DECLARATIONS_READ) and expiry date (AAAA-MM-JJ). */
    public record NewTokenRequest(String name, String scope, String expiresOn) {}

    @Inject
    private ApiTokens tokens;

    @Inject
    private ApiClients clients;

    @GET
    @Operation(
            summary =
                    "Vos jetons d'API (jamais leur secret) : nom, début, portée, expiration, dernière utilisation, état.")
    public List<ApiTokens.TokenRow> mine() {
        return tokens.mine();
    }

    @POST
    @Operation(
            summary =
                    "Crée un jeton d'API ; son secret n'est donné qu'une fois, dans cette réponse (Authorization: Bearer …).")
    public Response create(@NotNull(message = "Le corps de la requête est obligatoire.") NewTokenRequest body) {
        return Response.status(201)
                .entity(tokens.create(body.name(), body.scope(), body.expiresOn(), clients.current()))
                .build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Révoque l'un de vos jetons : les appels faits avec lui sont refusés dès maintenant.")
    public Response revoke(@PathParam("id") String id) {
        tokens.revoke(Params.number(id, "Le jeton est désigné par son numéro."), clients.current());
        return Response.noContent().build();
    }
}
