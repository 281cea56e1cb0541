package fr.mcp.web.api.controlplan;

import fr.mcp.controlplan.application.Detection;
import fr.mcp.controlplan.application.DetectionReport;
import fr.mcp.controlplan.application.FindingDetail;
import fr.mcp.controlplan.application.FindingFilter;
import fr.mcp.controlplan.application.FindingRow;
import fr.mcp.controlplan.application.FindingsDesk;
import fr.mcp.identity.domain.Roles;
import fr.mcp.shared.application.Page;
import fr.mcp.shared.domain.RuleViolation;
import fr.mcp.web.api.habilitation.ApiClients;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The security officers' queue of findings of the control plan, and detection on demand. */
@Path("/v1/control-plan")
@RequestScoped
@Tag(name = "Plan de contrôle")
@SecurityRequirement(name = "basic")
@RolesAllowed(Roles.CAF_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FindingsResource {

    private static final String BODY_REQUIRED = "Le corps de la requête est obligatoire.";

    /** Body of a change: the version of the finding as read, and the assignee, comment or reason. */
    public record Change(Long version, String assignee, String text) {}

    @Inject
    private FindingsDesk desk;

    @Inject
    private Detection detection;

    @Inject
    private ApiClients clients;

    @POST
    @Path("/detection-runs")
    @Operation(
            summary =
                    "Lance les règles de détection sur votre Caf maintenant ; seuls les constats nouveaux entrent dans la file.")
    public DetectionReport detect() {
        return detection.runForMyCaf();
    }

    @GET
    @Path("/findings")
    @Operation(
            summary =
                    "File des constats de votre Caf : ouverts d'abord, par gravité ; filtres status, severity, rule, text, assignee ; paginée (first, size ≤ 100).")
    public Page<FindingRow> search(
            @QueryParam("status") String status,
            @QueryParam("severity") String severity,
            @QueryParam("rule") String rule,
            @QueryParam("text") String text,
            @QueryParam("assignee") String assignee,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        return desk.search(new FindingFilter(status, severity, rule, text, assignee), first, size);
    }

    @GET
    @Path("/findings/{id}")
    @Operation(
            summary = "Un constat avec ses éléments (les événements en cause), ses commentaires et ce sur quoi agir.")
    public FindingDetail detail(@PathParam("id") long id) {
        return desk.detail(id);
    }

    @PUT
    @Path("/findings/{id}/assignee")
    @Operation(summary = "Attribue le constat à un administrateur de votre Caf (vous-même sans assignee).")
    public Response assign(@PathParam("id") long id, @NotNull(message = BODY_REQUIRED) Change change) {
        desk.assign(id, version(change), change.assignee(), clients.current());
        return Response.noContent().build();
    }

    @POST
    @Path("/findings/{id}/comments")
    @Operation(summary = "Ajoute un commentaire au constat.")
    public Response comment(@PathParam("id") long id, @NotNull(message = BODY_REQUIRED) Change change) {
        desk.comment(id, change.text(), clients.current());
        return Response.status(201).build();
    }

    @POST
    @Path("/findings/{id}/closing")
    @Operation(summary = "Clôt le constat comme légitime, avec le motif (text).")
    public Response close(@PathParam("id") long id, @NotNull(message = BODY_REQUIRED) Change change) {
        desk.closeAsLegitimate(id, version(change), change.text(), clients.current());
        return Response.noContent().build();
    }

    @POST
    @Path("/findings/{id}/user-suspension")
    @Operation(summary = "Suspend l'utilisateur visé (prévenu par e-mail du motif text) et clôt le constat.")
    public Response suspendUser(@PathParam("id") long id, @NotNull(message = BODY_REQUIRED) Change change) {
        desk.suspendUser(id, version(change), change.text(), clients.current());
        return Response.noContent().build();
    }

    @POST
    @Path("/findings/{id}/partner-suspension")
    @Operation(
            summary =
                    "Suspend l'accès du partenaire visé (ses administrateurs sont prévenus par e-mail) et clôt le constat.")
    public Response suspendPartner(@PathParam("id") long id, @NotNull(message = BODY_REQUIRED) Change change) {
        desk.suspendPartner(id, version(change), change.text(), clients.current());
        return Response.noContent().build();
    }

    private static long version(Change change) {
        if (change.version() == null) {
            throw RuleViolation.of("finding.version.required");
        }
        return change.version();
    }
}
