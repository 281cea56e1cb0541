package fr.mcp.web.api.habilitation;

import fr.mcp.habilitation.application.AccountEdit;
import fr.mcp.habilitation.application.PartnerUsers;
import fr.mcp.habilitation.application.UserFilter;
import fr.mcp.habilitation.application.UserRow;
import fr.mcp.identity.application.NewAccount;
import fr.mcp.identity.domain.Roles;
import fr.mcp.shared.application.Page;
import fr.mcp.shared.domain.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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

/**
 * "Mes utilisateurs" for partners' software: the caller's partner only (a Caf administrator names the partner with
 * {@code partnerId}); a group manager sees and changes the members of their groups only.
 */
@Path("/v1/users")
@RequestScoped
@Tag(name = "Utilisateurs du partenaire")
@SecurityRequirement(name = "basic")
@RolesAllowed({Roles.PARTNER_ADMIN, Roles.GROUP_MANAGER, Roles.CAF_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    private static final String BODY_REQUIRED = "Le corps de la requête est obligatoire.";

    /** Body of a creation: the account and the group to put it in. */
    public record NewUser(NewAccount account, Long groupId) {}

    @Inject
    private PartnerUsers users;

    @Inject
    private ApiClients clients;

    @GET
    @Operation(summary = "Utilisateurs, filtrés et paginés en base (first, size ≤ 200).")
    public Page<UserRow> search(
            @QueryParam("partnerId") Long partnerId,
            @QueryParam("login") String login,
            @QueryParam("lastName") String lastName,
            @QueryParam("firstName") String firstName,
            @QueryParam("groupId") Long groupId,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        return users.search(partnerId, new UserFilter(login, lastName, firstName, groupId), first, size);
    }

    @GET
    @Path("/{id}")
    public UserRow get(@PathParam("id") long id, @QueryParam("partnerId") Long partnerId) {
        return users.user(partnerId, id);
    }

    @POST
    @Operation(
            summary = "Crée un utilisateur dans un groupe ; identifiant et mot de passe temporaire par deux e-mails.")
    public Response create(@QueryParam("partnerId") Long partnerId, @NotNull(message = BODY_REQUIRED) NewUser body) {
        if (body.account() == null) {
            throw new RuleViolation(List.of("Le compte à créer (account) est obligatoire."));
        }
        return Response.status(201)
                .entity(Map.of("login", users.create(partnerId, body.account(), body.groupId(), clients.current())))
                .build();
    }

    @PUT
    @Path("/{id}")
    @Operation(
            summary =
                    "Corrige la fiche d'un utilisateur (version lue obligatoire : une modification concurrente est refusée).")
    public Response update(
            @PathParam("id") long id,
            @QueryParam("partnerId") Long partnerId,
            @NotNull(message = BODY_REQUIRED) AccountEdit form) {
        users.update(partnerId, id, form, clients.current());
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/closure")
    public Response close(@PathParam("id") long id, @QueryParam("partnerId") Long partnerId) {
        users.close(partnerId, id, clients.current());
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/reopening")
    public Response reopen(@PathParam("id") long id, @QueryParam("partnerId") Long partnerId) {
        users.reopen(partnerId, id, clients.current());
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/temporary-password")
    @Operation(summary = "Envoie un nouveau mot de passe temporaire par e-mail.")
    public Response temporaryPassword(@PathParam("id") long id, @QueryParam("partnerId") Long partnerId) {
        users.sendTemporaryPassword(partnerId, id, clients.current());
        return Response.noContent().build();
    }
}
