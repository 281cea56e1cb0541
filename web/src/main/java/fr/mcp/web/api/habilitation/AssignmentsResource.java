package fr.mcp.web.api.habilitation;

import fr.mcp.habilitation.application.AssignmentFilter;
import fr.mcp.habilitation.application.AssignmentRequest;
import fr.mcp.habilitation.application.AssignmentRow;
import fr.mcp.habilitation.application.Habilitations;
import fr.mcp.habilitation.domain.AfasRole;
import fr.mcp.habilitation.domain.AssignmentState;
import fr.mcp.habilitation.domain.FacilityType;
import fr.mcp.identity.domain.Roles;
import fr.mcp.shared.application.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** AFAS role assignments, for members of the partner's AFAS-Habiliter group (and its Caf administrator). */
@Path("/v1/assignments")
@RequestScoped
@Tag(name = "Habilitations AFAS")
@SecurityRequirement(name = "basic")
@RolesAllowed({Roles.AFAS_HABILITER, Roles.CAF_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssignmentsResource {

    /** Body of an end. */
    public record End(LocalDate on) {}

    @Inject
    private Habilitations habilitations;

    @Inject
    private ApiClients clients;

    @GET
    @Operation(
            summary =
                    "Recherche : utilisateur, rôle, type et nature d'équipement, état (ACTIVE, HISTORY, INACTIVE, NOT_ASSIGNED), sur site ou non.")
    public Page<AssignmentRow> search(
            @QueryParam("partnerId") Long partnerId,
            @QueryParam("accountId") Long accountId,
            @QueryParam("role") AfasRole role,
            @QueryParam("facilityType") FacilityType type,
            @QueryParam("nature") String nature,
            @QueryParam("state") AssignmentState state,
            @QueryParam("onSite") Boolean onSite,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        return habilitations.search(
                partnerId, new AssignmentFilter(accountId, role, type, nature, state, onSite), first, size);
    }

    @POST
    @Operation(
            summary =
                    "Attribue un rôle sur un équipement ou sur des sites ; limites FDA/FDF/FDI/approbateur contrôlées, tout ou rien.")
    public Response assign(
            @QueryParam("partnerId") Long partnerId,
            @NotNull(message = "Le corps de la requête est obligatoire.") AssignmentRequest request) {
        return Response.status(201)
                .entity(Map.of("ids", habilitations.assign(partnerId, request, clients.current())))
                .build();
    }

    @POST
    @Path("/{id}/end")
    @Operation(summary = "Termine une habilitation à une date.")
    public Response end(
            @PathParam("id") long id,
            @QueryParam("partnerId") Long partnerId,
            @NotNull(message = "Le corps de la requête est obligatoire.") End end) {
        habilitations.end(partnerId, id, end.on(), clients.current());
        return Response.noContent().build();
    }
}
