package fr.mcp.web.api.audit;

import fr.mcp.identity.domain.Roles;
import fr.mcp.journal.application.JournalQuery;
import fr.mcp.journal.application.JournalRow;
import fr.mcp.journal.application.JournalSearch;
import fr.mcp.shared.domain.RuleViolation;
import fr.mcp.web.api.Csv;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The journal of the caller's Caf (security events, administrative changes, declaration steps): search and CSV export. */
@Path("/v1/audit/journal")
@RequestScoped
@Tag(name = "Journal d'audit")
@SecurityRequirement(name = "basic")
@RolesAllowed(Roles.CAF_ADMIN)
public class JournalResource {

    @Inject
    private JournalSearch journal;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Recherche dans le journal de votre Caf, du plus récent au plus ancien : source (SECURITY, ADMIN, DECLARATION),"
                            + " utilisateur, partenaire, action ou type d'événement, période (from, to au format AAAA-MM-JJ) ; page et size (1 à 200).")
    public Map<String, Object> search(
            @QueryParam("source") String source,
            @QueryParam("login") String login,
            @QueryParam("partnerId") String partnerId,
            @QueryParam("action") String action,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") String page,
            @QueryParam("size") @DefaultValue("50") String size) {
        int pageNumber = number(page, "page");
        int pageSize = number(size, "size");
        List<JournalRow> rows = journal.page(query(source, login, partnerId, action, from, to), pageNumber, pageSize);
        return Map.of("page", pageNumber, "size", pageSize, "rows", rows);
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @Operation(summary = "Le même journal filtré en CSV (UTF-8, séparateur point-virgule), 100 000 entrées au plus.")
    public Response export(
            @QueryParam("source") String source,
            @QueryParam("login") String login,
            @QueryParam("partnerId") String partnerId,
            @QueryParam("action") String action,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        List<JournalRow> rows = journal.export(query(source, login, partnerId, action, from, to));
        StreamingOutput body = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            writer.write(Csv.BOM);
            writer.write("date;journal;utilisateur;action;partenaire;objet;détail;adresse\r\n");
            for (JournalRow row : rows) {
                writer.write(String.join(
                        ";",
                        Csv.cell(row.at().toString()),
                        Csv.cell(row.source()),
                        Csv.cell(row.login()),
                        Csv.cell(row.action()),
                        Csv.cell(
                                row.partnerId() == null ? null : row.partnerId().toString()),
                        Csv.cell(row.target()),
                        Csv.cell(row.detail()),
                        Csv.cell(row.clientAddress())));
                writer.write("\r\n");
            }
            writer.flush();
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"journal-" + LocalDate.now() + ".csv\"")
                .build();
    }

    private static JournalQuery query(
            String source, String login, String partnerId, String action, String from, String to) {
        List<String> problems = new ArrayList<>();
        Long partner = null;
        if (partnerId != null && !partnerId.isBlank()) {
            try {
                partner = Long.valueOf(partnerId.trim());
            } catch (NumberFormatException e) {
                problems.add("Le partenaire est désigné par son identifiant numérique.");
            }
        }
        LocalDate start = date(from, "début", problems);
        LocalDate end = date(to, "fin", problems);
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        return new JournalQuery(source, login, partner, action, start, end);
    }

    private static LocalDate date(String text, String which, List<String> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            problems.add("La date de " + which + " « " + text + " » s'écrit AAAA-MM-JJ.");
            return null;
        }
    }

    private static int number(String text, String name) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new RuleViolation(List.of("Le paramètre " + name + " est un nombre entier."));
        }
    }
}
