package fr.mcp.declaration.application;

import fr.mcp.declaration.application.internal.DeclarationAccess;
import fr.mcp.declaration.application.internal.DeclarationAccess.Access;
import fr.mcp.declaration.application.internal.FormCatalog;
import fr.mcp.declaration.application.internal.Viewer;
import fr.mcp.declaration.domain.Declaration;
import fr.mcp.declaration.domain.DeclarationForm;
import fr.mcp.declaration.domain.FieldProblem;
import fr.mcp.declaration.domain.FormDefinition;
import fr.mcp.declaration.domain.FormKind;
import fr.mcp.habilitation.domain.AfasRole;
import fr.mcp.identity.domain.Roles;
import fr.mcp.shared.domain.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Values brought by an import file (a partner's software) into one declaration, checked as the form checks a typed
 * value: rights on the form today, state of the declaration and form, field, type and bounds. All enter or none.
 */
@Stateless
@RolesAllowed(Roles.AFAS_DECLARER)
public class ImportedValues {

    /** One value of the file: its line, the form's id as read (null when not a number) and as written, field and value. */
    public record ImportedValue(int line, Long formId, String form, String field, String value) {}

    @Inject
    private DeclarationAccess access;

    @Inject
    private FormCatalog catalog;

    /**
     * Enters the values into the declaration if every one passes its checks; otherwise enters none. Returns the
     * problem of each refused line, by line, empty when all entered. A declaration out of the caller's scope is refused
     * by an exception.
     */
    public Map<Integer, String> apply(long declarationId, List<ImportedValue> values, long importId, Instant at) {
        Access found = access.open(declarationId);
        Declaration declaration = found.declaration();
        Map<Integer, String> problems = new LinkedHashMap<>();
        Map<DeclarationForm, Map<String, String>> changes = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<FormKind, FormDefinition> definitions = new HashMap<>(); // read once per form kind, not once per line
        for (ImportedValue value : values) {
            String problem = check(value, declaration, found.viewer(), changes, seen, definitions);
            if (problem != null) {
                problems.put(value.line(), problem);
            }
        }
        if (problems.isEmpty()) {
            changes.forEach((form, entered) ->
                    declaration.importValues(form, entered, found.viewer().author(), at, importId));
        }
        return problems;
    }

    private String check(
            ImportedValue value,
            Declaration declaration,
            Viewer viewer,
            Map<DeclarationForm, Map<String, String>> changes,
            Map<String, Integer> seen,
            Map<FormKind, FormDefinition> definitions) {
        Optional<DeclarationForm> maybe = value.formId() == null ? Optional.empty() : declaration.form(value.formId());
        if (maybe.isEmpty()) {
            return RuleViolation.message("import.form.unknown", String.valueOf(value.form()), declaration.getId());
        }
        DeclarationForm form = maybe.get();
        if (!viewer.roles().contains(AfasRole.FDI) && !viewer.mayEnter(form)) {
            return RuleViolation.message("import.form.rights", form.getLabel());
        }
        Optional<RuleViolation> closed = declaration.entryRefused(form, false);
        if (closed.isPresent()) {
            return closed.get().messages().get(0);
        }
        String field = value.field() == null ? "" : value.field().strip();
        if (field.isEmpty()) {
            return RuleViolation.message("import.field.missing");
        }
        Integer earlier = seen.putIfAbsent(form.getId() + "/" + field, value.line());
        if (earlier != null) {
            return RuleViolation.message("import.field.twice", field, earlier);
        }
        FormDefinition definition = definitions.computeIfAbsent(
                form.getKind(), kind -> catalog.definition(declaration.getFacilityType(), kind, declaration.getYear()));
        Map<String, String> entered = new HashMap<>();
        entered.put(field, value.value());
        List<FieldProblem> problems = definition.problems(entered);
        if (!problems.isEmpty()) {
            FieldProblem first = problems.get(0);
            return RuleViolation.message(first.key(), first.arguments().toArray());
        }
        changes.computeIfAbsent(form, f -> new HashMap<>()).put(field, value.value());
        return null;
    }
}
