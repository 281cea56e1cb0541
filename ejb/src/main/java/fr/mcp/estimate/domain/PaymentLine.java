package fr.mcp.estimate.domain;

import java.math.BigDecimal;
import java.util.List;

/** One line of the payment schedule: what it is, its amount (null: not known yet), how it was computed, with which parameters. */
public record PaymentLine(
        String code, String label, BigDecimal amount, String explanation, List<ParameterValue> parameters) {}
