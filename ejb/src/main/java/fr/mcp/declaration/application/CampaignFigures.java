package fr.mcp.declaration.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A Caf's declarations of one year and kind in figures: how many per state now, how many had reached each step day
 * after day, and the estimated amounts per facility type (frozen at transmission).
 */
public record CampaignFigures(
        int year, String kind, List<StateCount> states, List<DayProgress> progress, List<TypeAmount> amounts) {

    /** Declarations in a state now. */
    public record StateCount(String state, String label, long count) {}

    /** At the end of a day: declarations opened, started, transmitted, validated so far. */
    public record DayProgress(LocalDate day, long opened, long started, long transmitted, long validated) {}

    /** Per facility type: declarations with a frozen estimate, their total and their average. */
    public record TypeAmount(String facilityType, long count, BigDecimal total, BigDecimal average) {}
}
