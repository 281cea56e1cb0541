package fr.mcp.web.api.estimate;

import fr.mcp.estimate.application.NewScaleValue;
import fr.mcp.estimate.application.ScaleAdministration;
import fr.mcp.estimate.domain.ScaleParameter;
import fr.mcp.identity.domain.Roles;
import fr.mcp.web.api.AuditEntries;
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
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The dated scale of the subsidy estimate, kept by Caf administrators; every change is in its history. */
@Path("/v1/scale")
@RequestScoped
@Tag(name = "Barème de la prestation de service")
@SecurityRequirement(name = "basic")
@RolesAllowed({Roles.CAF_ADMIN, Roles.CAF_REVIEWER})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScaleResource {

    /** Body of a correction: the version read, the new value and its reference. */
    public record Correction(Long version, BigDecimal value, String reference) {}

    @Inject
    private ScaleAdministration scale;

    @Inject
    private ApiClients clients;

    @GET
    @Operation(
            summary =
                    "Les valeurs datées du barème (nom, valeur, unité, date d'effet, référence, illustrative ou non, saisie par, le).")
    public List<Map<String, Object>> list() {
        return scale.parameters().stream().map(ScaleResource::json).toList();
    }

    @GET
    @Path("/history")
    @Operation(summary = "L'historique des changements du barème, du plus récent au plus ancien.")
    public List<Map<String, Object>> history(
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("50") int size) {
        return scale.history(Math.max(0, first), Math.max(1, Math.min(size, 200))).stream()
                .map(AuditEntries::json)
                .toList();
    }

    @POST
    @RolesAllowed(Roles.CAF_ADMIN)
    @Operation(
            summary =
                    "Ajoute une valeur datée : elle vaut pour les exercices dont le 1er janvier suit sa date d'effet.")
    public Response add(@NotNull(message = "Le corps de la requête est obligatoire.") NewScaleValue value) {
        return Response.status(201)
                .entity(Map.of("id", scale.add(value, clients.current())))
                .build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.CAF_ADMIN)
    @Operation(summary = "Corrige une valeur datée (les déclarations transmises gardent leur estimation figée).")
    public Response correct(
            @PathParam("id") long id,
            @NotNull(message = "Le corps de la requête est obligatoire.") Correction correction) {
        scale.correct(id, correction.version(), correction.value(), correction.reference(), clients.current());
        return Response.noContent().build();
    }

    private static Map<String, Object> json(ScaleParameter p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", p.getId());
        json.put("version", p.getVersion());
        json.put("name", p.getName());
        json.put("value", p.getValue().stripTrailingZeros().toPlainString());
        json.put("unit", p.getUnit());
        json.put("validFrom", p.getValidFrom().toString());
        json.put("reference", p.getReference());
        json.put("illustrative", p.isIllustrative());
        json.put("recordedBy", p.getRecordedBy());
        json.put("recordedAt", p.getRecordedAt().toString());
        return json;
    }
}
