package fr.mcp.declaration.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Quartiles of peers' estimates, interpolated between neighbours like a spreadsheet's QUARTILE.INC. */
class QuantileTest {

    private static List<BigDecimal> values(String... amounts) {
        return Stream.of(amounts).map(BigDecimal::new).toList();
    }

    /** The quantile of a whole sorted list, each position read from it as the database reads it (the value and the next). */
    private static BigDecimal quantile(List<BigDecimal> sorted, int numerator, int denominator) {
        return PeerComparison.quantile(
                sorted.size(),
                numerator,
                denominator,
                position -> sorted.subList(position, Math.min(position + 2, sorted.size())));
    }

    @Test
    void theMedianOfAnOddListIsItsMiddleValueAndOfAnEvenListTheMeanOfTheTwoMiddleOnes() {
        assertEquals(new BigDecimal("300.00"), quantile(values("100", "200", "300", "400", "500"), 1, 2));
        assertEquals(new BigDecimal("350.00"), quantile(values("100", "200", "300", "400", "500", "600"), 1, 2));
    }

    @Test
    void quartilesAreInterpolated() {
        List<BigDecimal> sorted = values("1000", "2000", "3000", "4000", "5000", "6000");
        assertEquals(new BigDecimal("2250.00"), quantile(sorted, 1, 4));
        assertEquals(new BigDecimal("4750.00"), quantile(sorted, 3, 4));
    }

    @Test
    void aQuantileReadsOnlyTheValueAtItsPositionAndTheNextOne() {
        List<Integer> asked = new ArrayList<>();
        IntFunction<List<BigDecimal>> fromPosition = position -> {
            asked.add(position);
            return values(String.valueOf(1000 * position), String.valueOf(1000 * position + 1000));
        };
        // 10 001 peers: the lower quartile lies at position 2 500 exactly, the upper one a quarter of the way after 7
        // 499.
        assertEquals(new BigDecimal("2500000.00"), PeerComparison.quantile(10_001, 1, 4, fromPosition));
        assertEquals(new BigDecimal("7499250.00"), PeerComparison.quantile(10_000, 3, 4, fromPosition));
        assertEquals(List.of(2_500, 7_499), asked);
    }

    @Test
    void theLastPositionHasNoNextValueAndAnEmptyPositionGivesNoFigure() {
        assertEquals(new BigDecimal("500.00"), quantile(values("100", "500"), 1, 1));
        assertEquals(null, PeerComparison.quantile(7, 1, 2, position -> List.of()));
    }
}
