package fr.mcp.declaration.application;

import java.math.BigDecimal;

/**
 * A declaration's estimate against similar facilities (same type, year and kind, estimates frozen at transmission,
 * every Caf): how many, their quartiles, and where this one stands. Shown only from {@code MIN_PEERS} peers on, so
 * that no single facility's amount can be read back.
 */
public record Comparison(
        String facilityType,
        int year,
        String kind,
        int peers,
        boolean shown,
        BigDecimal own,
        BigDecimal lowerQuartile,
        BigDecimal median,
        BigDecimal upperQuartile) {

    public static final int MIN_PEERS = 5;
}
