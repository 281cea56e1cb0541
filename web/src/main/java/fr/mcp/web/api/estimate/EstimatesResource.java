package fr.mcp.web.api.estimate;

import fr.mcp.estimate.application.EstimateJson;
import fr.mcp.estimate.application.EstimateService;
import fr.mcp.estimate.domain.Estimate;
import fr.mcp.identity.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The explained subsidy estimate, for partners' software and simulations. Amounts are decimal strings. */
@Path("/v1/estimates")
@RequestScoped
@Tag(name = "Estimation de la prestation de service")
@SecurityRequirement(name = "basic")
@RolesAllowed({
    Roles.CAF_ADMIN,
    Roles.CAF_REVIEWER,
    Roles.PARTNER_ADMIN,
    Roles.GROUP_MANAGER,
    Roles.AFAS_DECLARER,
    Roles.AFAS_HABILITER
})
public class EstimatesResource {

    /** Request body: declared values named as in PS_RULES.md, and optional parameter overrides (never stored). */
    public record EstimateRequest(
            String facilityType, Integer year, Map<String, Object> values, Map<String, Object> parameters) {}

    @Inject
    private EstimateService estimates;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Estime la prestation de service avec le barème en vigueur au 1er janvier de l'année ; chaque ligne dit la règle,"
                            + " les valeurs déclarées et les paramètres (avec leur date d'effet) utilisés.")
    public JsonObject estimate(@NotNull(message = "Le corps de la requête est obligatoire.") EstimateRequest request) {
        Estimate estimate = estimates.estimate(
                request.facilityType(), request.year(), texts(request.values()), texts(request.parameters()));
        return Json.createObjectBuilder(EstimateJson.toJson(estimate))
                .add("controls", Json.createArrayBuilder())
                .build();
    }

    private static Map<String, String> texts(Map<String, Object> raw) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (raw != null) {
            raw.forEach((name, value) -> texts.put(
                    name, value instanceof BigDecimal number ? number.toPlainString() : String.valueOf(value)));
        }
        return texts;
    }
}
