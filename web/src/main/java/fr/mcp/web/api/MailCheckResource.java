package fr.mcp.web.api;

import fr.mcp.identity.domain.Roles;
import fr.mcp.ops.application.MailCheckService;
import fr.mcp.ops.application.MailQueueState;
import fr.mcp.ops.application.MailTrace;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/ops/mail-checks")
@RequestScoped
@Tag(name = "Exploitation")
@SecurityRequirement(name = "basic")
public class MailCheckResource {

    /** Request body. */
    public record MailCheckRequest(String recipient) {}

    /** Response body: the idempotency key of the queued mail. */
    public record MailCheckQueued(String id) {}

    @Inject
    private MailCheckService mailCheck;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CAF_ADMIN)
    @Operation(summary = "Envoie un e-mail de vérification à l'adresse donnée, par la file des notifications.")
    @APIResponse(responseCode = "202", description = "E-mail mis en file d'envoi")
    @APIResponse(responseCode = "400", description = "Adresse absente ou invalide")
    @APIResponse(responseCode = "403", description = "Réservé aux administrateurs Caf")
    public Response send(
            @NotNull(message = "Le corps de la requête est obligatoire.") @Valid MailCheckRequest request) {
        String id = mailCheck.sendCheck(request.recipient());
        return Response.accepted(new MailCheckQueued(id)).build();
    }

    @GET
    @Path("queue")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CAF_ADMIN)
    @Operation(
            summary = "L'état de la file des e-mails enregistrés depuis since (tous sinon) : messages en attente de"
                    + " traitement, e-mails en attente d'envoi.")
    @APIResponse(
            responseCode = "200",
            description = "pendingMessages à 0 : plus aucun message ne peut envoyer l'un de ces e-mails")
    @APIResponse(responseCode = "400", description = "Instant mal écrit")
    @APIResponse(responseCode = "403", description = "Réservé aux administrateurs Caf")
    public MailQueueState queue(@QueryParam("since") String since) {
        return mailCheck.queueState(Params.instant(since));
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CAF_ADMIN)
    @Operation(
            summary =
                    "Où en est un e-mail de vérification demandé par l'appelant : statut, tentatives, dernière erreur.")
    @APIResponse(responseCode = "200", description = "Statut QUEUED, RETRYING, SENT ou PARKED")
    @APIResponse(
            responseCode = "404",
            description = "Aucun e-mail de vérification de l'appelant ne porte cet identifiant")
    @APIResponse(responseCode = "403", description = "Réservé aux administrateurs Caf")
    public MailTrace trace(@PathParam("id") String id) {
        return mailCheck.trace(id);
    }
}
