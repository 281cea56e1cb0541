package fr.mcp.web.api.habilitation;

import fr.mcp.habilitation.application.NewConvention;
import fr.mcp.habilitation.application.NewFacility;
import fr.mcp.habilitation.application.NewPartner;
import fr.mcp.habilitation.application.NewSubscription;
import fr.mcp.habilitation.application.PartnerAccess;
import fr.mcp.habilitation.application.PartnerRegistry;
import fr.mcp.habilitation.application.PartnerRow;
import fr.mcp.identity.application.NewAccount;
import fr.mcp.identity.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Caf back-office: the partners of the caller's Caf, their convention, subscriptions, facilities and administrators. */
@Path("/v1/partners")
@RequestScoped
@Tag(name = "Partenaires (Caf)")
@SecurityRequirement(name = "basic")
@RolesAllowed(Roles.CAF_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnersResource {

    private static final String BODY_REQUIRED = "Le corps de la requête est obligatoire.";

    /** Body of a termination or suspension. */
    public record Termination(LocalDate on) {}

    /** Body of a suspension. */
    public record Suspension(String reason) {}

    @Inject
    private PartnerRegistry registry;

    @Inject
    private PartnerAccess access;

    @Inject
    private ApiClients clients;

    @GET
    @Operation(summary = "Partenaires de votre Caf (filtre sur la raison sociale, le SIRET ou la commune).")
    public List<PartnerRow> list(@QueryParam("q") String text) {
        return registry.partners(text);
    }

    @GET
    @Path("/{id}")
    @Operation(
            summary =
                    "Dossier d'un partenaire : convention, contrat de service, bulletins, équipements, administrateurs.")
    public Map<String, Object> file(@PathParam("id") long id) {
        return Views.partnerFile(registry.file(id));
    }

    @POST
    @Operation(summary = "Enregistre un partenaire de votre Caf (SIRET valide et unique, Caf référente du siège).")
    public Response register(@NotNull(message = BODY_REQUIRED) NewPartner form) {
        long id = registry.register(form, clients.current());
        return Response.created(URI.create("v1/partners/" + id))
                .entity(Map.of("id", id))
                .build();
    }

    @POST
    @Path("/{id}/convention")
    @Operation(summary = "Ouvre la convention d'accès du partenaire (une par SIRET) avec son contrat de service.")
    public Response openConvention(@PathParam("id") long id, @NotNull(message = BODY_REQUIRED) NewConvention form) {
        registry.openConvention(id, form, clients.current());
        return Response.noContent().build();
    }

    @PUT
    @Path("/{id}/convention/service-contract")
    @Operation(summary = "Remplace les contacts, horaires et procédure d'escalade du contrat de service.")
    public Response updateServiceContract(
            @PathParam("id") long id, @NotNull(message = BODY_REQUIRED) NewConvention form) {
        registry.updateServiceContract(id, form, clients.current());
        return Response.noContent().build();
    }

    @POST
    @Path("/facilities/{facilityId}/sites")
    @Operation(summary = "Ajoute un lieu d'implantation à un équipement multi-sites.")
    public Response addSite(
            @PathParam("facilityId") long facilityId, @NotNull(message = BODY_REQUIRED) NewFacility.NewSite form) {
        return Response.status(201)
                .entity(Map.of("id", access.addSite(facilityId, form, clients.current())))
                .build();
    }

    @POST
    @Path("/{id}/convention/termination")
    @Operation(summary = "Résilie la convention d'accès à une date.")
    public Response terminate(@PathParam("id") long id, @NotNull(message = BODY_REQUIRED) Termination form) {
        registry.terminateConvention(id, form.on(), clients.current());
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/subscriptions")
    @Operation(summary = "Ajoute un bulletin d'adhésion (service, portée, période, rôles ouverts).")
    public Response subscribe(@PathParam("id") long id, @NotNull(message = BODY_REQUIRED) NewSubscription form) {
        access.subscribe(id, form, clients.current());
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/facilities")
    @Operation(summary = "Ajoute un équipement et ses lieux d'implantation.")
    public Response addFacility(@PathParam("id") long id, @NotNull(message = BODY_REQUIRED) NewFacility form) {
        return Response.status(201)
                .entity(Map.of("id", access.addFacility(id, form, clients.current())))
                .build();
    }

    @POST
    @Path("/{id}/administrators")
    @Operation(
            summary =
                    "Ouvre le compte d'un administrateur du partenaire (deux au plus) ; identifiant et mot de passe par deux e-mails.")
    public Response createAdministrator(@PathParam("id") long id, @NotNull(message = BODY_REQUIRED) NewAccount form) {
        return Response.status(201)
                .entity(Map.of("login", access.createAdministrator(id, form, clients.current())))
                .build();
    }

    @POST
    @Path("/{id}/suspension")
    @Operation(
            summary =
                    "Suspend l'accès de tous les utilisateurs du partenaire ; ses administrateurs sont prévenus par e-mail.")
    public Response suspend(@PathParam("id") long id, @NotNull(message = BODY_REQUIRED) Suspension form) {
        access.suspend(id, form.reason(), clients.current());
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/restoration")
    @Operation(summary = "Rétablit l'accès du partenaire.")
    public Response restore(@PathParam("id") long id) {
        access.restore(id, clients.current());
        return Response.noContent().build();
    }
}
