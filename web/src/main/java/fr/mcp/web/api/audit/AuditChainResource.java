package fr.mcp.web.api.audit;

import fr.mcp.audit.application.AuditChain;
import fr.mcp.audit.application.AuditDigests;
import fr.mcp.audit.application.ChainVerification;
import fr.mcp.audit.application.EventRetention;
import fr.mcp.audit.domain.AuditDigest;
import fr.mcp.audit.domain.ChainBreak;
import fr.mcp.audit.domain.ChainLink;
import fr.mcp.identity.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tamper-evident audit chain: seal what is pending, then verify every link against the rows as they are now. */
@Path("/v1/audit/chain")
@RequestScoped
@Tag(name = "Journal d'audit")
@SecurityRequirement(name = "basic")
@RolesAllowed(Roles.CAF_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AuditChainResource {

    @Inject
    private AuditChain chain;

    @Inject
    private AuditDigests digests;

    @Inject
    private EventRetention retention;

    @POST
    @Path("/verifications")
    @Operation(
            summary =
                    "Scelle les lignes d'audit en attente puis vérifie toute la chaîne : intacte, ou les premiers endroits où elle casse"
                            + " (ligne modifiée ou supprimée, maillon modifié ou supprimé, fin de chaîne tronquée).")
    public Map<String, Object> verify() {
        chain.sealAll();
        return json(chain.verify());
    }

    @POST
    @Path("/digests")
    @Operation(
            summary =
                    "Scelle les lignes en attente et envoie tout de suite l'empreinte de la tête de chaîne (n° et SHA-256) aux"
                            + " destinataires configurés (mcp.audit.digestRecipients), comme l'envoi quotidien.")
    public Response digest() {
        chain.sealAll();
        AuditDigest digest = digests.now();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("headSeq", digest.getHeadSeq());
        json.put("headHash", digest.getHeadHash());
        json.put("linksSince", digest.getLinksSince());
        json.put(
                "recipients",
                digest.getRecipients() == null
                        ? List.of()
                        : List.of(digest.getRecipients().split(",")));
        return Response.status(201).entity(json).build();
    }

    @POST
    @Path("/retention-runs")
    @Operation(
            summary =
                    "Efface maintenant les événements de sécurité plus anciens que la durée de conservation (mcp.retention.securityEventDays,"
                            + " 365 jours par défaut), une fois scellés ; la vérification de la chaîne admet exactement ces lignes manquantes.")
    public Map<String, Object> prune() {
        chain.sealAll();
        long erased = 0;
        for (int batch = 0, count = -1; batch < 200 && count != 0; batch++) {
            count = retention.pruneBatch();
            erased += count;
        }
        return Map.of("erased", erased);
    }

    @GET
    @Path("/links/{seq}")
    @Operation(
            summary =
                    "Un maillon de la chaîne : pour comparer son empreinte à celle d'un envoi conservé hors de la plateforme.")
    public Map<String, Object> link(@PathParam("seq") long seq) {
        ChainLink link = chain.link(seq);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("seq", link.getSeq());
        json.put("hash", link.getHash());
        json.put("sealedAt", link.getSealedAt().toString());
        return json;
    }

    static Map<String, Object> json(ChainVerification v) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("checkedAt", v.checkedAt().toString());
        json.put("intact", v.intact());
        json.put("linksChecked", v.linksChecked());
        json.put("breakCount", v.breakCount());
        json.put("prunedLinks", v.prunedLinks());
        json.put("headSeq", v.headSeq());
        json.put("headHash", v.headHash());
        json.put("breaks", v.breaks().stream().map(AuditChainResource::json).toList());
        return json;
    }

    private static Map<String, Object> json(ChainBreak b) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("seq", b.seq());
        json.put("source", b.source() == null ? null : b.source().name());
        json.put("sourceId", b.sourceId());
        json.put("reason", b.reason());
        return json;
    }
}
