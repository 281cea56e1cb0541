package fr.mcp.estimate.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A scale parameter's value as used by an estimate: name, value, and the date it is in force from (null: a simulation override). */
public record ParameterValue(String name, BigDecimal value, LocalDate validFrom) {}
