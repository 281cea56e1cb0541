package fr.mcp.web.api.declaration;

import fr.mcp.declaration.application.ControlAdministration;
import fr.mcp.declaration.application.NewControl;
import fr.mcp.declaration.domain.CoherenceControl;
import fr.mcp.identity.domain.Roles;
import fr.mcp.web.api.AuditEntries;
import fr.mcp.web.api.habilitation.ApiClients;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The coherence controls as dated data, kept by Caf administrators; every change is in their history. */
@Path("/v1/controls")
@RequestScoped
@Tag(name = "Contrôles de cohérence")
@SecurityRequirement(name = "basic")
@RolesAllowed({Roles.CAF_ADMIN, Roles.CAF_REVIEWER})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ControlsResource {

    /** Body of a correction: the version read, the new threshold and message. */
    public record Correction(Long version, BigDecimal threshold, String message) {}

    @Inject
    private ControlAdministration controls;

    @Inject
    private ApiClients clients;

    @GET
    @Operation(
            summary =
                    "Les versions datées des contrôles de cohérence (code, type d'équipement, types de déclaration, comparaison, seuil, message).")
    public List<Map<String, Object>> list() {
        return controls.controls().stream().map(ControlsResource::json).toList();
    }

    @GET
    @Path("/history")
    @Operation(summary = "L'historique des changements des contrôles, du plus récent au plus ancien.")
    public List<Map<String, Object>> history() {
        return controls.history(0, 100).stream().map(AuditEntries::json).toList();
    }

    @POST
    @RolesAllowed(Roles.CAF_ADMIN)
    @Operation(
            summary =
                    "Ajoute une version datée d'un contrôle : elle vaut pour les exercices à partir de sa première année.")
    public Response add(@NotNull(message = "Le corps de la requête est obligatoire.") NewControl control) {
        return Response.status(201)
                .entity(Map.of("id", controls.add(control, clients.current())))
                .build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.CAF_ADMIN)
    @Operation(summary = "Corrige le seuil et le message d'une version de contrôle.")
    public Response correct(
            @PathParam("id") long id,
            @NotNull(message = "Le corps de la requête est obligatoire.") Correction correction) {
        controls.correct(id, correction.version(), correction.threshold(), correction.message(), clients.current());
        return Response.noContent().build();
    }

    private static Map<String, Object> json(CoherenceControl c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", c.getId());
        json.put("version", c.getVersion());
        json.put("code", c.getCode());
        json.put("facilityType", c.getFacilityType());
        json.put("declarationKinds", List.of(c.getDeclarationKinds().split(",")));
        json.put("checkType", c.getCheckType().name());
        json.put("leftOperand", c.getLeftOperand());
        json.put("rightOperand", c.getRightOperand());
        json.put("threshold", c.getThreshold().stripTrailingZeros().toPlainString());
        json.put("message", c.getMessage());
        json.put("fromYear", c.getFromYear());
        return json;
    }
}
