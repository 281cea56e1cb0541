package fr.mcp.web.api.declaration;

import fr.mcp.declaration.application.AttachmentRow;
import fr.mcp.declaration.application.Attachments;
import fr.mcp.declaration.application.BulkReminders;
import fr.mcp.declaration.application.BulkValidation;
import fr.mcp.declaration.application.CafReview;
import fr.mcp.declaration.application.Comparison;
import fr.mcp.declaration.application.DeclarationFilter;
import fr.mcp.declaration.application.DeclarationLists;
import fr.mcp.declaration.application.DeclarationReminders;
import fr.mcp.declaration.application.DeclarationRow;
import fr.mcp.declaration.application.DeclarationStatistics;
import fr.mcp.declaration.application.DeclarationView;
import fr.mcp.declaration.application.Declarations;
import fr.mcp.declaration.application.FormSaved;
import fr.mcp.declaration.application.Payments;
import fr.mcp.declaration.domain.DeclarationKind;
import fr.mcp.identity.domain.Roles;
import fr.mcp.shared.application.Page;
import fr.mcp.shared.domain.RuleViolation;
import fr.mcp.web.api.ApiError;
import fr.mcp.web.api.Params;
import fr.mcp.web.api.TableExport;
import fr.mcp.web.documents.DeclarationPdf;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * AFAS declarations: the partner's tracking board or the Caf's queue, a declaration with its estimate and controls,
 * form entry, the approver's circuit and the Caf's review. Rights are those of the screens, checked on every call.
 */
@Path("/v1/declarations")
@RequestScoped
@Tag(name = "Déclarations AFAS")
@SecurityRequirement(name = "basic")
@RolesAllowed({Roles.AFAS_DECLARER, Roles.CAF_REVIEWER, Roles.CAF_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeclarationsResource {

    private static final String BODY = "Le corps de la requête est obligatoire.";

    /** Body of a form save: the version read and the values typed (blank clears a value). */
    public record FormEntry(Long version, Map<String, Object> values) {}

    /** Body carrying a text: comment, justification or reasons. */
    public record Text(String text) {}

    /** Body of the transmission: the sworn statement. */
    public record Transmission(boolean sworn) {}

    /** Body of a declaration opened by the Caf. */
    public record Opening(
            Long facilityId, Integer year, DeclarationKind kind, LocalDate deadline, Boolean financialRequested) {}

    @Inject
    private Declarations declarations;

    @Inject
    private DeclarationLists lists;

    @Inject
    private DeclarationStatistics statistics;

    @Inject
    private Attachments attachments;

    @Inject
    private CafReview review;

    @Inject
    private DeclarationReminders reminders;

    @Inject
    private Payments payments;

    @GET
    @Operation(
            summary =
                    "Tableau de suivi (partenaire : équipements où l'appelant a un rôle AFAS aujourd'hui) ou file de la Caf (agents).")
    public Page<DeclarationRow> list(
            @BeanParam QueueFilterParams filters, @QueryParam("first") String first, @QueryParam("size") String size) {
        DeclarationFilter filter = filters.filter();
        Integer askedSize = Params.integer(size, "La taille de page est un nombre (200 au plus).");
        Integer askedFirst = Params.integer(first, "Le rang de la première ligne est un nombre.");
        int bounded = Math.max(1, Math.min(askedSize == null ? 50 : askedSize, 200));
        int from = Math.max(0, askedFirst == null ? 0 : askedFirst);
        return isPartnerCaller() ? lists.board(filter, from, bounded) : lists.queue(filter, from, bounded);
    }

    @GET
    @Path("/export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @RolesAllowed({Roles.AFAS_DECLARER, Roles.CAF_REVIEWER, Roles.CAF_ADMIN})
    @Operation(
            summary =
                    "La liste filtrée (mêmes filtres que la liste : file de la Caf pour ses agents, tableau de suivi pour un partenaire) exportée"
                            + " en CSV (format=csv, par défaut) ou XLSX (format=xlsx), écrite au fil de la lecture en base : pas de limite de longueur, mémoire constante.")
    public Response export(
            @QueryParam("format") @DefaultValue("csv") String format, @BeanParam QueueFilterParams filters) {
        DeclarationFilter filter = filters.filter();
        boolean xlsx = TableExport.xlsx(format);
        boolean partner = isPartnerCaller();
        if (partner) {
            lists.board(filter, 0, 1);
        } else {
            lists.queue(filter, 0, 1);
        }
        return TableExport.of(xlsx, "declarations", "Déclarations", EXPORT_HEADER, sink -> {
            Consumer<DeclarationRow> rows = row -> sink.accept(Arrays.asList(
                    row.id(),
                    row.partnerName(),
                    row.facilityName(),
                    row.facilityType(),
                    row.year(),
                    row.kind().label(),
                    row.state().label(),
                    row.deadline() == null ? null : row.deadline().toString(),
                    row.late() ? "oui" : "non",
                    row.estimate(),
                    row.transmittedAt() == null ? null : row.transmittedAt().toString(),
                    row.controlsRaised(),
                    row.reviewer()));
            if (partner) {
                lists.exportBoard(filter, rows);
            } else {
                lists.exportQueue(filter, rows);
            }
        });
    }

    @GET
    @Path("/{id}/comparison")
    @Operation(
            summary =
                    "L'estimation de la déclaration face aux estimations figées d'équipements comparables (même type, année, déclaration ; toutes Caf) :"
                            + " quartiles et médiane, donnés à partir de 5 équipements comparables.")
    public Comparison comparison(@PathParam("id") long id) {
        return statistics.comparison(id);
    }

    @POST
    @Path("/{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            summary =
                    "Ajoute une pièce justificative (corps : le fichier ; name : son nom) : PDF, PNG, JPEG, XLSX, DOCX, ODS, ODT, contenu vérifié,"
                            + " 10 Mo au plus, 20 par déclaration ; fournisseurs et approbateur, tant que la déclaration n'est pas transmise.")
    public Response addAttachment(
            @PathParam("id") long id,
            @QueryParam("name") String name,
            @HeaderParam("Content-Length") String length,
            InputStream content) {
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > attachments.maxBytes()) {
            return Response.status(413)
                    .type(MediaType.APPLICATION_JSON)
                    .entity(ApiError.of(
                            413,
                            List.of(RuleViolation.message(
                                    "attachment.tooBig", attachments.maxBytes() / (1024 * 1024)))))
                    .build();
        }
        return Response.status(201).entity(attachments.add(id, name, content)).build();
    }

    @GET
    @Path("/{id}/attachments")
    @Operation(summary = "Les pièces justificatives de la déclaration.")
    public List<AttachmentRow> attachments(@PathParam("id") long id) {
        return attachments.list(id);
    }

    @GET
    @Path("/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Télécharge une pièce justificative (à qui peut lire la déclaration).")
    public Response downloadAttachment(@PathParam("attachmentId") long attachmentId) {
        var file = attachments.download(attachmentId);
        StreamingOutput body = output -> Files.copy(file.file(), output);
        return Response.ok(body, file.contentType())
                .header("Content-Length", file.sizeBytes())
                .header("X-Content-Type-Options", "nosniff")
                .header(
                        "Content-Disposition",
                        "attachment; filename*=UTF-8''"
                                + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8)
                                        .replace("+", "%20"))
                .build();
    }

    @DELETE
    @Path("/attachments/{attachmentId}")
    @Operation(
            summary =
                    "Retire une pièce justificative (son auteur ou l'approbateur, tant que la déclaration n'est pas transmise).")
    public Response removeAttachment(@PathParam("attachmentId") long attachmentId) {
        attachments.remove(attachmentId);
        return Response.noContent().build();
    }

    /** Body of a bulk action: the selected declarations, and the reviewer to put in charge. */
    public record Selection(List<Long> ids, String reviewer) {}

    @PUT
    @Path("/reviewer")
    @RolesAllowed({Roles.CAF_REVIEWER, Roles.CAF_ADMIN})
    @Operation(
            summary =
                    "Confie les déclarations sélectionnées (ids, 500 au plus) à un agent de votre Caf (reviewer ; vide : personne).")
    public Map<String, Object> assignReviewer(@NotNull(message = BODY) Selection selection) {
        return Map.of("assigned", review.assignReviewer(selection.ids(), selection.reviewer()));
    }

    @POST
    @Path("/validations")
    @RolesAllowed({Roles.CAF_REVIEWER, Roles.CAF_ADMIN})
    @Operation(
            summary =
                    "Valide, parmi les déclarations sélectionnées, celles transmises sans contrôle de cohérence levé ; les autres sont rendues avec le motif.")
    public BulkValidation validateAll(@NotNull(message = BODY) Selection selection) {
        return review.validateAll(selection.ids());
    }

    @POST
    @Path("/reminders")
    @RolesAllowed({Roles.CAF_REVIEWER, Roles.CAF_ADMIN})
    @Operation(
            summary =
                    "Relance par e-mail les titulaires de rôle des déclarations sélectionnées (ids, 500 au plus) non encore transmises ;"
                            + " une relance par déclaration et par jour ; les autres sont rendues avec le motif.")
    public BulkReminders remindAll(@NotNull(message = BODY) Selection selection) {
        return reminders.remindAll(selection.ids());
    }

    private static final List<String> EXPORT_HEADER = List.of(
            "n°",
            "partenaire",
            "équipement",
            "type",
            "année",
            "déclaration",
            "état",
            "date limite",
            "en retard",
            "estimation (€)",
            "transmise le",
            "contrôles levés",
            "agent");

    @POST
    @RolesAllowed({Roles.CAF_REVIEWER, Roles.CAF_ADMIN})
    @Operation(
            summary =
                    "Ouvre la déclaration d'un équipement pour un exercice et un type (une seule) : un formulaire d'activité par site, le formulaire financier si demandé.")
    public Response open(@NotNull(message = BODY) Opening opening) {
        long id = review.open(
                opening.facilityId(),
                opening.year(),
                opening.kind(),
                opening.deadline(),
                opening.financialRequested() == null || opening.financialRequested());
        return Response.status(201).entity(Map.of("id", id)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(
            summary =
                    "Une déclaration : formulaires, estimation expliquée, contrôles de cohérence et justifications, historique, actions possibles.")
    public JsonObject get(@PathParam("id") long id) {
        return DeclarationJson.of(declarations.view(id));
    }

    @GET
    @Path("/{id}/pdf")
    @Produces("application/pdf")
    @Operation(
            summary =
                    "La déclaration en PDF (formulaires, estimation expliquée, contrôles et justifications, historique) : approbateur et agents de la Caf.")
    public Response pdf(@PathParam("id") long id) {
        DeclarationView view = declarations.forDownload(id);
        return Response.ok(DeclarationPdf.of(view, Instant.now()), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"declaration-" + id + ".pdf\"")
                .build();
    }

    @GET
    @Path("/{id}/payments")
    @RolesAllowed({Roles.CAF_REVIEWER, Roles.CAF_ADMIN})
    @Operation(
            summary =
                    "Acomptes et solde de l'exercice de la déclaration, calculés depuis les estimations figées des déclarations transmises de l'équipement.")
    public List<Map<String, Object>> payments(@PathParam("id") long id) {
        return payments.schedule(id).stream()
                .map(line -> {
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("code", line.code());
                    json.put("label", line.label());
                    json.put(
                            "amount",
                            line.amount() == null ? null : line.amount().toPlainString());
                    json.put("explanation", line.explanation());
                    return json;
                })
                .toList();
    }

    @PUT
    @Path("/{id}/forms/{formId}")
    @Operation(
            summary =
                    "Enregistre des valeurs d'un formulaire (contrôles de type et de bornes ; version lue obligatoire pour détecter une saisie concurrente : 409).")
    public FormSaved save(
            @PathParam("id") long id, @PathParam("formId") long formId, @NotNull(message = BODY) FormEntry entry) {
        return declarations.save(id, formId, entry.version(), texts(entry.values()));
    }

    @POST
    @Path("/{id}/forms/{formId}/complete")
    @Operation(summary = "Déclare un formulaire complet (les champs obligatoires doivent être renseignés).")
    public Response complete(@PathParam("id") long id, @PathParam("formId") long formId) {
        declarations.complete(id, formId);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/forms/{formId}/send-back")
    @Operation(summary = "L'approbateur renvoie un formulaire à son fournisseur avec un commentaire.")
    public Response sendBack(
            @PathParam("id") long id, @PathParam("formId") long formId, @NotNull(message = BODY) Text comment) {
        declarations.sendBack(id, formId, comment.text());
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/take")
    @Operation(summary = "L'approbateur prend en charge la déclaration (« Contrôler et transmettre »).")
    public Response take(@PathParam("id") long id) {
        declarations.take(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/steps/{step}")
    @Operation(
            summary =
                    "L'approbateur valide une étape : 1 données d'activité lues, 2 données financières lues, 3 contrôles justifiés.")
    public Response step(@PathParam("id") long id, @PathParam("step") int step) {
        declarations.confirmStep(id, step);
        return Response.noContent().build();
    }

    @PUT
    @Path("/{id}/justifications/{code}")
    @Operation(summary = "Justifie un contrôle de cohérence levé.")
    public Response justify(
            @PathParam("id") long id, @PathParam("code") String code, @NotNull(message = BODY) Text text) {
        declarations.justify(id, code, text.text());
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/transmit")
    @Operation(summary = "Transmet la déclaration à la Caf (déclaration sur l'honneur) ; l'estimation est figée.")
    public Response transmit(@PathParam("id") long id, @NotNull(message = BODY) Transmission transmission) {
        declarations.transmit(id, transmission.sworn());
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/return")
    @RolesAllowed({Roles.CAF_REVIEWER, Roles.CAF_ADMIN})
    @Operation(
            summary =
                    "La Caf renvoie la déclaration « À revoir » avec ses motifs ; l'approbateur est prévenu par courriel.")
    public Response returnForReview(@PathParam("id") long id, @NotNull(message = BODY) Text reasons) {
        review.returnForReview(id, reasons.text());
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/validate")
    @RolesAllowed({Roles.CAF_REVIEWER, Roles.CAF_ADMIN})
    @Operation(summary = "La Caf valide la déclaration : elle est verrouillée avec son estimation figée.")
    public Response validate(@PathParam("id") long id, Text comment) {
        review.validate(id, comment == null ? null : comment.text());
        return Response.noContent().build();
    }

    @Inject
    private SecurityContext security;

    private boolean isPartnerCaller() {
        return security.isUserInRole(Roles.AFAS_DECLARER);
    }

    private static Map<String, String> texts(Map<String, Object> raw) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (raw != null) {
            raw.forEach((name, value) -> texts.put(
                    name,
                    value == null
                            ? null
                            : value instanceof BigDecimal number ? number.toPlainString() : String.valueOf(value)));
        }
        return texts;
    }
}
