package fr.mcp.estimate.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One line of an estimate: the rule applied, its French label, the amount (rounded to the cent, half up), the
 * declared and intermediate values it read, and the parameters it used with their start dates.
 */
public record EstimateLine(
        String rule, String label, BigDecimal amount, Map<String, String> inputs, List<ParameterValue> parameters) {}
