package fr.mcp.declaration.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The fields of one form for a facility type and year: the latest version of the definition starting on or before that year. */
public final class FormDefinition {

    private final List<FormField> fields;

    private FormDefinition(List<FormField> fields) {
        this.fields = fields;
    }

    /** Picks, among the definitions of a form kind (type-specific and common ones), those in force for the year. */
    public static FormDefinition of(List<FormField> candidates, String facilityType, FormKind kind, int year) {
        List<FormField> own = candidates.stream()
                .filter(f -> f.getFormKind() == kind && f.getFromYear() <= year)
                .filter(f -> f.getFacilityType().equals(facilityType)
                        || f.getFacilityType().equals(FormField.ANY_TYPE))
                .toList();
        Map<String, Integer> versionByType = new LinkedHashMap<>();
        own.forEach(f -> versionByType.merge(f.getFacilityType(), f.getFromYear(), Math::max));
        return new FormDefinition(own.stream()
                .filter(f -> f.getFromYear() == versionByType.get(f.getFacilityType()))
                .sorted(Comparator.comparingInt(FormField::getPosition))
                .toList());
    }

    public List<FormField> fields() {
        return fields;
    }

    public Optional<FormField> field(String code) {
        return fields.stream().filter(f -> f.getCode().equals(code)).findFirst();
    }

    /** Every problem of the typed values (unknown fields, types, bounds), as French message keys. */
    public List<FieldProblem> problems(Map<String, String> values) {
        return values.entrySet().stream()
                .map(entry -> field(entry.getKey())
                        .map(f -> f.check(entry.getValue()))
                        .orElse(Optional.of(new FieldProblem("declaration.field.unknown", entry.getKey()))))
                .flatMap(Optional::stream)
                .toList();
    }

    /** The labels of the required fields still blank for a declaration of that kind. */
    public List<String> missing(Map<String, String> values, DeclarationKind kind) {
        return fields.stream()
                .filter(f -> f.requiredFor(kind))
                .filter(f -> values.get(f.getCode()) == null
                        || values.get(f.getCode()).isBlank())
                .map(FormField::getLabel)
                .toList();
    }

    /** The sum of the lines of a role (expenses or income) in the values; blank lines count zero. */
    public BigDecimal total(Map<String, String> values, LineRole role) {
        return fields.stream()
                .filter(f -> f.getLineRole() == role)
                .map(f -> f.number(values.get(f.getCode())).orElse(BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
