package fr.mcp.web.api.habilitation;

import fr.mcp.habilitation.application.GroupRow;
import fr.mcp.habilitation.application.NewGroup;
import fr.mcp.habilitation.application.PartnerGroups;
import fr.mcp.identity.domain.Roles;
import fr.mcp.shared.domain.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** "Mes groupes": rights come from groups only; one manager per group; members managed by the administrator or the manager. */
@Path("/v1/groups")
@RequestScoped
@Tag(name = "Groupes du partenaire")
@SecurityRequirement(name = "basic")
@RolesAllowed({Roles.PARTNER_ADMIN, Roles.GROUP_MANAGER, Roles.CAF_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GroupsResource {

    /** Body naming a manager. */
    public record Manager(Long accountId) {}

    @Inject
    private PartnerGroups groups;

    @Inject
    private ApiClients clients;

    @GET
    public List<GroupRow> list(@QueryParam("partnerId") Long partnerId) {
        return groups.groups(partnerId);
    }

    @POST
    @Operation(
            summary =
                    "Crée un groupe pour un service souscrit, avec son rôle applicatif et éventuellement son responsable.")
    public Response create(
            @QueryParam("partnerId") Long partnerId,
            @NotNull(message = "Le corps de la requête est obligatoire.") NewGroup form) {
        return Response.status(201)
                .entity(Map.of("id", groups.create(partnerId, form, clients.current())))
                .build();
    }

    @GET
    @Path("/{id}/members")
    public List<Map<String, Object>> members(@PathParam("id") long id, @QueryParam("partnerId") Long partnerId) {
        return Views.accounts(groups.members(partnerId, id));
    }

    @PUT
    @Path("/{id}/members/{accountId}")
    @Operation(summary = "Ajoute un membre au groupe.")
    public Response addMember(
            @PathParam("id") long id, @PathParam("accountId") long accountId, @QueryParam("partnerId") Long partnerId) {
        groups.addMember(partnerId, id, accountId, clients.current());
        return Response.noContent().build();
    }

    @DELETE
    @Path("/{id}/members/{accountId}")
    @Operation(summary = "Retire un membre ; quitter AFAS-Déclarer termine ses habilitations AFAS.")
    public Response removeMember(
            @PathParam("id") long id, @PathParam("accountId") long accountId, @QueryParam("partnerId") Long partnerId) {
        groups.removeMember(partnerId, id, accountId, clients.current());
        return Response.noContent().build();
    }

    @PUT
    @Path("/{id}/manager")
    @Operation(summary = "Nomme le responsable du groupe (un seul par groupe).")
    public Response nameManager(
            @PathParam("id") long id,
            @QueryParam("partnerId") Long partnerId,
            @NotNull(message = "Le corps de la requête est obligatoire.") Manager manager) {
        if (manager.accountId() == null) {
            throw new RuleViolation(List.of("Le compte du responsable (accountId) est obligatoire."));
        }
        groups.nameManager(partnerId, id, manager.accountId(), clients.current());
        return Response.noContent().build();
    }

    @DELETE
    @Path("/{id}/manager")
    public Response removeManager(@PathParam("id") long id, @QueryParam("partnerId") Long partnerId) {
        groups.removeManager(partnerId, id, clients.current());
        return Response.noContent().build();
    }
}
