package fr.mcp.declaration.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * A correction of a field of a form version. Wording (label, unit, help, section, position) may change at any time;
 * bounds and the declarations that require the field only on a version no declaration uses.
 */
public record FieldCorrection(
        String label,
        String unit,
        String help,
        String section,
        Integer position,
        BigDecimal minValue,
        BigDecimal maxValue,
        List<String> requiredKinds) {}
