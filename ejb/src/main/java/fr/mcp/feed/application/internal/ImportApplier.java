package fr.mcp.feed.application.internal;

import fr.mcp.declaration.application.ImportedValues;
import fr.mcp.declaration.application.ImportedValues.ImportedValue;
import fr.mcp.feed.domain.ImportLine;
import fr.mcp.feed.domain.ImportRow;
import fr.mcp.identity.domain.Roles;
import fr.mcp.shared.domain.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Applies the lines of one declaration in its own transaction, with the report lines: every line checked as the form
 * checks a typed value (rights on the form today, state of the declaration and form, field, type and bounds); one
 * refused line and nothing of the declaration is written.
 */
@Stateless
@RolesAllowed(Roles.AFAS_DECLARER)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportApplier {

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private ImportedValues values;

    /**
     * Applies the declaration's lines or none; the number of lines that entered. A declaration out of the caller's
     * scope is refused by an exception (the transaction is then rolled back) that the caller reports on every line.
     */
    public int apply(long importId, long declarationId, List<ImportRow> rows, Instant at) {
        Map<Integer, String> refused = values.apply(
                declarationId,
                rows.stream()
                        .map(row -> new ImportedValue(row.line(), row.formId(), row.form(), row.field(), row.value()))
                        .toList(),
                importId,
                at);
        if (!refused.isEmpty()) {
            Map<ImportRow, String> problems = new LinkedHashMap<>();
            rows.stream()
                    .filter(row -> refused.containsKey(row.line()))
                    .forEach(row -> problems.put(row, refused.get(row.line())));
            String lines = refused.keySet().stream().map(String::valueOf).collect(Collectors.joining(", "));
            return reject(
                    importId,
                    rows,
                    problems,
                    RuleViolation.message("import.declaration.notApplied", declarationId, lines));
        }
        rows.forEach(row -> em.persist(new ImportLine(importId, row, true, null)));
        em.flush();
        return rows.size();
    }

    /** Reports lines as refused: each with its own problem, or with the common reason. Nothing else is written. */
    public int reject(long importId, List<ImportRow> rows, Map<ImportRow, String> problems, String reason) {
        rows.forEach(row -> em.persist(new ImportLine(importId, row, false, problems.getOrDefault(row, reason))));
        return 0;
    }
}
