package fr.mcp.declaration.application;

import fr.mcp.declaration.domain.FieldType;
import fr.mcp.declaration.domain.FormKind;
import fr.mcp.declaration.domain.LineRole;
import java.math.BigDecimal;
import java.util.List;

/** A field to add to a version of a form (type, kind, first year) that no declaration uses yet. */
public record NewFormField(
        String facilityType,
        FormKind formKind,
        Integer fromYear,
        String code,
        String label,
        String unit,
        FieldType valueType,
        BigDecimal minValue,
        BigDecimal maxValue,
        String help,
        List<String> requiredKinds,
        String section,
        LineRole lineRole,
        String aggregation,
        Integer position) {}
