package fr.mcp.web.api.declaration;

import fr.mcp.declaration.application.FieldCorrection;
import fr.mcp.declaration.application.FormAdministration;
import fr.mcp.declaration.application.NewFormField;
import fr.mcp.declaration.domain.FormField;
import fr.mcp.declaration.domain.FormKind;
import fr.mcp.identity.domain.Roles;
import fr.mcp.web.api.AuditEntries;
import fr.mcp.web.api.habilitation.ApiClients;
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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The declaration forms as dated data, kept by Caf administrators: a form is a facility type ({@code *} for the common
 * financial form) and a kind (ACTIVITY, FINANCIAL), with versions by first year. Every change is in their history.
 */
@Path("/v1/forms")
@RequestScoped
@Tag(name = "Formulaires de déclaration")
@SecurityRequirement(name = "basic")
@RolesAllowed({Roles.CAF_ADMIN, Roles.CAF_REVIEWER})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FormsResource {

    /** Body of a new version: its first year. */
    public record NewVersion(Integer fromYear) {}

    /** Body of a correction: the version read, then the field's new wording, bounds and required kinds. */
    public record Correction(
            Long version,
            String label,
            String unit,
            String help,
            String section,
            Integer position,
            BigDecimal minValue,
            BigDecimal maxValue,
            List<String> requiredKinds) {}

    @Inject
    private FormAdministration forms;

    @Inject
    private ApiClients clients;

    @GET
    @Path("/history")
    @Operation(summary = "L'historique des changements des formulaires, du plus récent au plus ancien.")
    public List<Map<String, Object>> history() {
        return forms.history(0, 100).stream().map(AuditEntries::json).toList();
    }

    @GET
    @Path("/{type}/{kind}")
    @Operation(
            summary =
                    "Les versions d'un formulaire (type d'équipement ou * pour le formulaire financier commun, ACTIVITY ou FINANCIAL),"
                            + " chacune avec le nombre de déclarations qui l'utilisent et ses champs.")
    public Map<String, Object> form(@PathParam("type") String type, @PathParam("kind") String kind) {
        FormKind formKind = kind(kind);
        Map<Integer, List<Map<String, Object>>> byYear = new LinkedHashMap<>();
        forms.fields(type, formKind).forEach(f -> byYear.computeIfAbsent(f.getFromYear(), y -> new ArrayList<>())
                .add(json(f)));
        List<Map<String, Object>> versions = new ArrayList<>();
        byYear.forEach((year, fields) -> versions.add(Map.of(
                "fromYear", year, "declarations", forms.declarationsUsing(type, formKind, year), "fields", fields)));
        return Map.of("facilityType", type, "kind", formKind.name(), "versions", versions);
    }

    @POST
    @Path("/{type}/{kind}/versions")
    @RolesAllowed(Roles.CAF_ADMIN)
    @Operation(
            summary =
                    "Crée la version d'un formulaire à compter d'une année, copie de la version en vigueur cette année-là.")
    public Response newVersion(
            @PathParam("type") String type,
            @PathParam("kind") String kind,
            @NotNull(message = "Le corps de la requête est obligatoire.") NewVersion body) {
        int copied = forms.newVersion(type, kind(kind), body.fromYear(), clients.current());
        return Response.status(201)
                .entity(Map.of("fromYear", body.fromYear(), "fieldsCopied", copied))
                .build();
    }

    @POST
    @Path("/{type}/{kind}/fields")
    @RolesAllowed(Roles.CAF_ADMIN)
    @Operation(summary = "Ajoute un champ à une version (fromYear) qu'aucune déclaration n'utilise encore.")
    public Response addField(
            @PathParam("type") String type,
            @PathParam("kind") String kind,
            @NotNull(message = "Le corps de la requête est obligatoire.") NewFormField body) {
        NewFormField field = new NewFormField(
                type,
                kind(kind),
                body.fromYear(),
                body.code(),
                body.label(),
                body.unit(),
                body.valueType(),
                body.minValue(),
                body.maxValue(),
                body.help(),
                body.requiredKinds(),
                body.section(),
                body.lineRole(),
                body.aggregation(),
                body.position());
        return Response.status(201)
                .entity(Map.of("id", forms.addField(field, clients.current())))
                .build();
    }

    @PUT
    @Path("/fields/{id}")
    @RolesAllowed(Roles.CAF_ADMIN)
    @Operation(
            summary =
                    "Corrige un champ : libellé, unité, aide, rubrique et position à tout moment ; bornes et caractère obligatoire"
                            + " seulement sur une version qu'aucune déclaration n'utilise.")
    public Response correct(
            @PathParam("id") long id, @NotNull(message = "Le corps de la requête est obligatoire.") Correction body) {
        forms.correct(
                id,
                body.version(),
                new FieldCorrection(
                        body.label(),
                        body.unit(),
                        body.help(),
                        body.section(),
                        body.position(),
                        body.minValue(),
                        body.maxValue(),
                        body.requiredKinds()),
                clients.current());
        return Response.noContent().build();
    }

    @DELETE
    @Path("/fields/{id}")
    @RolesAllowed(Roles.CAF_ADMIN)
    @Operation(
            summary =
                    "Retire un champ d'une version qu'aucune déclaration n'utilise (paramètre version : la version lue).")
    public Response remove(@PathParam("id") long id, @QueryParam("version") Long version) {
        forms.remove(id, version, clients.current());
        return Response.noContent().build();
    }

    private static FormKind kind(String kind) {
        return Arrays.stream(FormKind.values())
                .filter(k -> k.name().equals(kind))
                .findFirst()
                .orElse(null);
    }

    static Map<String, Object> json(FormField f) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", f.getId());
        json.put("version", f.getVersion());
        json.put("code", f.getCode());
        json.put("label", f.getLabel());
        json.put("unit", f.getUnit());
        json.put("valueType", f.getValueType().name());
        json.put(
                "minValue",
                f.getMinValue() == null
                        ? null
                        : f.getMinValue().stripTrailingZeros().toPlainString());
        json.put(
                "maxValue",
                f.getMaxValue() == null
                        ? null
                        : f.getMaxValue().stripTrailingZeros().toPlainString());
        json.put("help", f.getHelp());
        json.put(
                "requiredKinds",
                f.getRequiredKinds() == null
                        ? List.of()
                        : List.of(f.getRequiredKinds().split(",")));
        json.put("section", f.getSection());
        json.put("lineRole", f.getLineRole().name());
        json.put("aggregation", f.getAggregation());
        json.put("position", f.getPosition());
        return json;
    }
}
