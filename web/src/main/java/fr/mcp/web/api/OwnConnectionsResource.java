package fr.mcp.web.api;

import fr.mcp.identity.application.OwnConnections;
import fr.mcp.identity.application.OwnConnections.Connection;
import fr.mcp.web.documents.ConnectionsCsv;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own connection history, to read or to download (personal data). */
@Path("/v1/me/connections")
@RequestScoped
@Tag(name = "Mon compte")
@SecurityRequirement(name = "basic")
@PermitAll
public class OwnConnectionsResource {

    @Inject
    private OwnConnections connections;

    @Context
    private SecurityContext security;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Votre historique de connexion sur les derniers jours (1 à 366) : connexions, échecs, déconnexions, événements de votre compte.")
    public List<Connection> mine(@QueryParam("days") @DefaultValue("90") String days) {
        return connections.mine(days(days));
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @Operation(summary = "Le même historique en CSV (UTF-8, séparateur point-virgule).")
    public Response export(@QueryParam("days") @DefaultValue("366") String days) {
        List<Connection> rows = connections.mine(days(days));
        StreamingOutput body = output ->
                ConnectionsCsv.write(new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8)), rows);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + ConnectionsCsv.fileName() + "\"")
                .build();
    }

    private Integer days(String days) {
        if (security.getUserPrincipal() == null) {
            throw new NotAuthorizedException("Basic realm=\"mcp\"");
        }
        return Params.integerOrNull(days);
    }
}
