package fr.mcp.web.api.habilitation;

import fr.mcp.habilitation.application.ApproverValidation;
import fr.mcp.habilitation.application.PendingApprover;
import fr.mcp.identity.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

/** Caf back-office: approver assignments waiting for the Caf's validation. */
@Path("/v1/approver-assignments")
@RequestScoped
@Tag(name = "Validation des approbateurs (Caf)")
@SecurityRequirement(name = "basic")
@RolesAllowed(Roles.CAF_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class ApproverAssignmentsResource {

    /** Body of a refusal. */
    public record Refusal(String reason) {}

    @Inject
    private ApproverValidation validation;

    @Inject
    private ApiClients clients;

    @GET
    @Operation(summary = "Désignations d'approbateurs en attente de validation, pour les partenaires de votre Caf.")
    public List<PendingApprover> pending() {
        return validation.pending();
    }

    @POST
    @Path("/{id}/validation")
    @Operation(
            summary =
                    "Valide la désignation : le rôle d'approbateur devient effectif ; le partenaire est prévenu par e-mail.")
    public Response validate(@PathParam("id") long id) {
        validation.validate(id, clients.current());
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/refusal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refuse la désignation avec un motif communiqué au partenaire par e-mail.")
    public Response refuse(
            @PathParam("id") long id, @NotNull(message = "Le corps de la requête est obligatoire.") Refusal refusal) {
        validation.refuse(id, refusal.reason(), clients.current());
        return Response.noContent().build();
    }
}
