package fr.mcp.declaration.application;

import fr.mcp.declaration.domain.FormField;
import fr.mcp.declaration.domain.FormKind;
import fr.mcp.declaration.domain.FormState;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A form as shown: its fields in force for the year, the values typed, its state and whether the caller may edit it. */
public record FormView(
        long id,
        long version,
        FormKind kind,
        String label,
        FormState state,
        String sentBackComment,
        String updatedBy,
        Instant updatedAt,
        boolean editable,
        boolean completable,
        List<FormField> fields,
        Map<String, String> values,
        List<String> missing,
        BigDecimal expenses,
        BigDecimal income) {}
