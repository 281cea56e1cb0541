package fr.mcp.web.api.campaign;

import fr.mcp.campaign.application.CampaignReport;
import fr.mcp.campaign.application.CampaignRow;
import fr.mcp.campaign.application.Campaigns;
import fr.mcp.campaign.application.NewCampaign;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Calls for declarations (campagnes) of the caller's Caf. */
@Path("/v1/campaigns")
@RequestScoped
@Tag(name = "Campagnes de déclaration")
@SecurityRequirement(name = "basic")
@RolesAllowed({Roles.CAF_ADMIN, Roles.CAF_REVIEWER})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CampaignsResource {

    @Inject
    private Campaigns campaigns;

    @Inject
    private ApiClients clients;

    @POST
    @Operation(
            summary =
                    "Lance un appel de déclaration : type, année, types d'équipement, ouverture, date limite, relance (jours avant) ;"
                            + " les déclarations sont créées puis les détenteurs de rôle prévenus par e-mail, en arrière-plan (suivre GET /{id}).")
    public Response launch(@NotNull(message = "Le corps de la requête est obligatoire.") NewCampaign form) {
        return Response.status(202)
                .entity(Map.of("id", campaigns.launch(form, clients.current())))
                .build();
    }

    @GET
    @Operation(summary = "Les campagnes de votre Caf, les plus récentes d'abord, avec leur avancement.")
    public List<CampaignRow> list() {
        return campaigns.list();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Une campagne et son avancement (progress en %).")
    public CampaignRow campaign(@PathParam("id") long id) {
        return campaigns.campaign(id);
    }

    @GET
    @Path("/{id}/report")
    @Operation(summary = "Le compte rendu du lancement : équipements écartés avec le motif, destinataires prévenus.")
    public CampaignReport report(@PathParam("id") long id) {
        return campaigns.report(id);
    }

    @POST
    @Path("/{id}/reminders")
    @Operation(
            summary =
                    "Relance maintenant (une seule fois) les détenteurs de rôle des déclarations pas encore transmises.")
    public Response remind(@PathParam("id") long id) {
        campaigns.remindNow(id, clients.current());
        return Response.status(202).build();
    }
}
