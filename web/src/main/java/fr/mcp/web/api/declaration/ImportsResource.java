package fr.mcp.web.api.declaration;

import fr.mcp.feed.application.ImportReportLine;
import fr.mcp.feed.application.ImportSummary;
import fr.mcp.feed.application.Imports;
import fr.mcp.feed.domain.ImportSource;
import fr.mcp.identity.domain.Roles;
import fr.mcp.shared.domain.RuleViolation;
import fr.mcp.web.api.ApiError;
import fr.mcp.web.api.Params;
import fr.mcp.web.api.TableExport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Imports of declaration values by partners' software (role FDI, or a provider on their own forms): the file is the
 * request body, CSV ({@code declaration;formulaire;champ;valeur}) or JSON ({@code {"lines":[{declaration, form,
 * field, value}]}}). Each declaration is applied whole or not at all; the report says line by line what entered.
 */
@Path("/v1/imports")
@RequestScoped
@Tag(name = "Imports de déclarations")
@SecurityRequirement(name = "basic")
@RolesAllowed(Roles.AFAS_DECLARER)
@Produces(MediaType.APPLICATION_JSON)
public class ImportsResource {

    private static final int REPORT_CHUNK = 2_000;
    private static final List<String> REPORT_HEADER =
            List.of("ligne", "declaration", "formulaire", "champ", "valeur", "resultat", "motif");

    @Inject
    private Imports imports;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(
            summary =
                    "Importe un fichier CSV (text/csv) ou JSON (application/json) envoyé comme corps de la requête ; name = nom du"
                            + " fichier. Réponse 201 : le compte rendu (lignes acceptées, refusées, déclarations mises à jour) ; 400 avec le motif quand le fichier"
                            + " entier est refusé (colonnes, format, encodage), 413 au-delà de la taille maximale.")
    public Response upload(
            @HeaderParam("Content-Type") String contentType,
            @QueryParam("name") String name,
            @HeaderParam("Content-Length") String length,
            InputStream content) {
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > imports.maxBytes()) {
            return Response.status(413)
                    .type(MediaType.APPLICATION_JSON)
                    .entity(ApiError.of(
                            413,
                            List.of("Le fichier dépasse la taille" + " maximale de "
                                    + imports.maxBytes() / (1024 * 1024) + " Mo : découpez-le en plusieurs imports.")))
                    .build();
        }
        ImportSummary summary = imports.run(source(contentType, name), name, content);
        if (summary.fileError() != null) {
            return Response.status(400)
                    .type(MediaType.APPLICATION_JSON)
                    .header("Location", "/api/v1/imports/" + summary.id())
                    .entity(ApiError.of(400, List.of(summary.fileError())))
                    .build();
        }
        return Response.status(201)
                .header("Location", "/api/v1/imports/" + summary.id())
                .entity(summary)
                .build();
    }

    @GET
    @Operation(summary = "Vos imports, du plus récent au plus ancien (first, size ≤ 100).")
    public List<ImportSummary> mine(
            @QueryParam("first") @DefaultValue("0") String first, @QueryParam("size") @DefaultValue("20") String size) {
        return imports.mine(Params.integer(first, "first est un nombre."), Params.integer(size, "size est un nombre."));
    }

    @GET
    @Path("/{id}")
    @Operation(
            summary =
                    "Le compte rendu d'un de vos imports : ses totaux, et ses lignes (after = dernière ligne lue, size ≤ 5000).")
    public Response one(
            @PathParam("id") String id,
            @QueryParam("after") @DefaultValue("0") String after,
            @QueryParam("size") @DefaultValue("500") String size) {
        long importId = Params.number(id, "L'import est désigné par son numéro.");
        ImportSummary summary = imports.summary(importId);
        List<ImportReportLine> lines = imports.lines(
                importId,
                Params.integer(after, "after est un numéro de ligne."),
                Params.integer(size, "size est un nombre."));
        return Response.ok(Map.of("import", summary, "lines", lines)).build();
    }

    @GET
    @Path("/{id}/report")
    @Produces("text/csv")
    @Operation(summary = "Le compte rendu ligne par ligne en CSV (UTF-8, point-virgule), écrit au fil de la lecture.")
    public Response report(@PathParam("id") String id) {
        long importId = Params.number(id, "L'import est désigné par son numéro.");
        ImportSummary summary = imports.summary(importId);
        return TableExport.of(false, "import-" + importId + "-compte-rendu", "Compte rendu", REPORT_HEADER, sink -> {
            if (summary.fileError() != null) {
                sink.accept(Arrays.asList(null, null, null, null, null, "refusé", summary.fileError()));
            }
            int after = 0;
            List<ImportReportLine> chunk;
            do {
                chunk = imports.lines(importId, after, REPORT_CHUNK);
                for (ImportReportLine line : chunk) {
                    sink.accept(Arrays.asList(
                            line.line(),
                            line.declaration(),
                            line.form(),
                            line.field(),
                            line.value(),
                            line.accepted() ? "accepté" : "refusé",
                            line.reason()));
                    after = line.line();
                }
            } while (chunk.size() == REPORT_CHUNK);
        });
    }

    /** The format from the content type, else from the file name's extension. */
    public static ImportSource source(String contentType, String name) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String file = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json") || (!type.startsWith("text/csv") && file.endsWith(".json"))) {
            return ImportSource.JSON;
        }
        if (type.startsWith("text/csv") || file.endsWith(".csv")) {
            return ImportSource.CSV;
        }
        throw RuleViolation.of("import.type");
    }
}
