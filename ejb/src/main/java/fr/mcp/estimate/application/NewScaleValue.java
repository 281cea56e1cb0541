package fr.mcp.estimate.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A dated value of a scale parameter, as a Caf administrator enters it (reference: circular and page). */
public record NewScaleValue(String name, BigDecimal value, String unit, LocalDate validFrom, String reference) {}
