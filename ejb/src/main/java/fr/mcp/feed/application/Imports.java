package fr.mcp.feed.application;

import fr.mcp.feed.application.internal.ImportApplier;
import fr.mcp.feed.application.internal.ImportRecords;
import fr.mcp.feed.domain.DeclarationImport;
import fr.mcp.feed.domain.ImportFile;
import fr.mcp.feed.domain.ImportFileRefused;
import fr.mcp.feed.domain.ImportLine;
import fr.mcp.feed.domain.ImportRow;
import fr.mcp.feed.domain.ImportSource;
import fr.mcp.habilitation.application.Actors;
import fr.mcp.identity.domain.Roles;
import fr.mcp.identity.domain.UserAccount;
import fr.mcp.shared.domain.Forbidden;
import fr.mcp.shared.domain.OutOfScope;
import fr.mcp.shared.domain.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports by partners' software (FDI) and by providers: a CSV or JSON file read line by line, the lines grouped by
 * declaration and each declaration applied whole or not at all, in its own transaction with its report lines. The
 * import row is written first, so an import cut short by a restart still says what entered. Reports are read by
 * the user who imported.
 */
@Stateless
@RolesAllowed(Roles.AFAS_DECLARER)
public class Imports {

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private Actors actors;

    @Inject
    private ImportRecords records;

    @Inject
    private ImportApplier applier;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "mcp.imports.maxBytes", defaultValue = "5242880")
    private long maxBytes;

    public long maxBytes() {
        return maxBytes;
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportSummary run(ImportSource source, String fileName, InputStream content) {
        UserAccount caller = actors.caller();
        if (caller.getPartnerId() == null) {
            throw Forbidden.of("import.partnerOnly");
        }
        Instant at = clock.instant();
        long importId = records.open(caller, source, fileName, at);
        List<ImportRow> rows;
        try {
            rows = ImportFile.read(source, content, maxBytes);
        } catch (ImportFileRefused e) {
            records.refuse(importId, e.getMessage());
            return summary(importId);
        }
        Map<Long, List<ImportRow>> byDeclaration = new LinkedHashMap<>();
        List<ImportRow> unreadable = new ArrayList<>();
        for (ImportRow row : rows) {
            if (row.problem() != null) {
                unreadable.add(new ImportRow(
                        row.line(),
                        null,
                        null,
                        null,
                        null,
                        RuleViolation.message("import.line.unreadable", row.problem())));
            } else if (row.declarationId() == null) {
                unreadable.add(new ImportRow(
                        row.line(),
                        row.declaration(),
                        row.form(),
                        row.field(),
                        row.value(),
                        RuleViolation.message("import.declaration.missing", String.valueOf(row.declaration()))));
            } else {
                byDeclaration
                        .computeIfAbsent(row.declarationId(), id -> new ArrayList<>())
                        .add(row);
            }
        }
        if (!unreadable.isEmpty()) {
            records.reject(importId, unreadable, null);
        }
        byDeclaration.forEach((declarationId, lines) -> {
            try {
                applier.apply(importId, declarationId, lines, at);
            } catch (RuleViolation e) {
                records.reject(importId, lines, e.messages().get(0));
            } catch (EJBException e) {
                records.reject(importId, lines, RuleViolation.message("import.declaration.concurrent"));
            }
        });
        records.finish(importId);
        return summary(importId);
    }

    public List<ImportSummary> mine(int first, int size) {
        return em
                .createQuery(
                        "SELECT i FROM DeclarationImport i WHERE i.accountId = :account ORDER BY i.receivedAt DESC, i.id DESC",
                        DeclarationImport.class)
                .setParameter("account", actors.caller().getId())
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(size, 1), 100))
                .getResultList()
                .stream()
                .map(Imports::summaryOf)
                .toList();
    }

    public ImportSummary summary(long importId) {
        return summaryOf(own(importId));
    }

    /** The report's lines in file order, a chunk at a time (an export streams them chunk by chunk). */
    public List<ImportReportLine> lines(long importId, int afterLine, int size) {
        own(importId);
        return em
                .createQuery(
                        "SELECT l FROM ImportLine l WHERE l.importId = :id AND l.lineNo > :after ORDER BY l.lineNo, l.id",
                        ImportLine.class)
                .setParameter("id", importId)
                .setParameter("after", afterLine)
                .setMaxResults(Math.min(Math.max(size, 1), 5000))
                .getResultList()
                .stream()
                .map(l -> new ImportReportLine(
                        l.getLineNo(),
                        l.getDeclarationId(),
                        l.getFormId(),
                        l.getFieldCode(),
                        l.getFieldValue(),
                        l.isAccepted(),
                        l.getReason()))
                .toList();
    }

    private DeclarationImport own(long importId) {
        DeclarationImport run = em.find(DeclarationImport.class, importId);
        if (run == null || !run.getAccountId().equals(actors.caller().getId())) {
            throw OutOfScope.of("import.notFound");
        }
        return run;
    }

    private static ImportSummary summaryOf(DeclarationImport i) {
        return new ImportSummary(
                i.getId(),
                i.getLogin(),
                i.getSource().name(),
                i.getSource().label(),
                i.getFileName(),
                i.getReceivedAt(),
                i.getLineCount(),
                i.getAcceptedCount(),
                i.getRejectedCount(),
                i.getDeclarationsApplied(),
                i.getFileError());
    }
}
