package fr.mcp.feed.application;

import fr.mcp.declaration.application.DeclarationAccess;
import fr.mcp.declaration.application.DeclarationAccess.Access;
import fr.mcp.declaration.application.FormCatalog;
import fr.mcp.declaration.application.Viewer;
import fr.mcp.declaration.domain.Declaration;
import fr.mcp.declaration.domain.DeclarationForm;
import fr.mcp.declaration.domain.FormKind;
import fr.mcp.declaration.domain.FieldProblem;
import fr.mcp.declaration.domain.FormDefinition;
import fr.mcp.feed.domain.ImportLine;
import fr.mcp.feed.domain.ImportRow;
import fr.mcp.habilitation.domain.AfasRole;
import fr.mcp.identity.domain.Roles;
import fr.mcp.shared.application.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private DeclarationAccess access;

    @Inject
    private FormCatalog catalog;

    /**
     * Applies the declaration's lines or none; the number of lines that entered. A declaration out of the caller's
     * scope is refused by an exception (the transaction is then rolled back) that the caller reports on every line.
     */
    public int apply(long importId, long declarationId, List<ImportRow> rows, Instant at) {
        Access found = access.open(declarationId);
        Declaration declaration = found.declaration();
        Map<ImportRow, String> problems = new LinkedHashMap<>();
        Map<DeclarationForm, Map<String, String>> changes = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<FormKind, FormDefinition> definitions = new HashMap<>(); // read once per form kind, not once per line
        for (ImportRow row : rows) {
            String problem = check(row, declaration, found.viewer(), changes, seen, definitions);
            if (problem != null) {
                problems.put(row, problem);
            }
        }
        if (!problems.isEmpty()) {
            String lines = problems.keySet().stream().map(r -> String.valueOf(r.line())).collect(Collectors.joining(", "));
            return reject(importId, rows, problems, RuleViolation.message("import.declaration.notApplied", declarationId, lines));
        }
        changes.forEach((form, values) -> declaration.importValues(form, values, found.viewer().author(), at, importId));
        rows.forEach(row -> em.persist(new ImportLine(importId, row, true, null)));
        em.flush();
        return rows.size();
    }

    /** Reports lines as refused: each with its own problem, or with the common reason. Nothing else is written. */
    public int reject(long importId, List<ImportRow> rows, Map<ImportRow, String> problems, String reason) {
        rows.forEach(row -> em.persist(new ImportLine(importId, row, false, problems.getOrDefault(row, reason))));
        return 0;
    }

    private String check(ImportRow row, Declaration declaration, Viewer viewer, Map<DeclarationForm, Map<String, String>> changes,
                         Map<String, Integer> seen, Map<FormKind, FormDefinition> definitions) {
        Optional<DeclarationForm> maybe = row.formId() == null ? Optional.empty() : declaration.form(row.formId());
        if (maybe.isEmpty()) {
            return RuleViolation.message("import.form.unknown", String.valueOf(row.form()), declaration.getId());
        }
        DeclarationForm form = maybe.get();
        if (!viewer.roles().contains(AfasRole.FDI) && !viewer.mayEnter(form)) {
            return RuleViolation.message("import.form.rights", form.getLabel());
        }
        Optional<RuleViolation> closed = declaration.entryRefused(form, false);
        if (closed.isPresent()) {
            return closed.get().messages().get(0);
        }
        String field = row.field() == null ? "" : row.field().strip();
        if (field.isEmpty()) {
            return RuleViolation.message("import.field.missing");
        }
        Integer earlier = seen.putIfAbsent(form.getId() + "/" + field, row.line());
        if (earlier != null) {
            return RuleViolation.message("import.field.twice", field, earlier);
        }
        FormDefinition definition = definitions.computeIfAbsent(form.getKind(),
                kind -> catalog.definition(declaration.getFacilityType(), kind, declaration.getYear()));
        Map<String, String> value = new HashMap<>();
        value.put(field, row.value());
        List<FieldProblem> problems = definition.problems(value);
        if (!problems.isEmpty()) {
            FieldProblem first = problems.get(0);
            return RuleViolation.message(first.key(), first.arguments().toArray());
        }
        changes.computeIfAbsent(form, f -> new HashMap<>()).put(field, row.value());
        return null;
    }
}
