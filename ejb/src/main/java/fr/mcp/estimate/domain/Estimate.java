package fr.mcp.estimate.domain;

import java.math.BigDecimal;
import java.util.List;

/** An explained estimate: its lines and their total (the sum of the rounded lines, never below zero). */
public record Estimate(String facilityType, int year, BigDecimal total, List<EstimateLine> lines) {

    public static Estimate of(String facilityType, int year, List<EstimateLine> lines) {
        BigDecimal sum = lines.stream().map(EstimateLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Estimate(
                facilityType,
                year,
                sum.signum() < 0 ? BigDecimal.ZERO.setScale(2) : sum.setScale(2),
                List.copyOf(lines));
    }
}
