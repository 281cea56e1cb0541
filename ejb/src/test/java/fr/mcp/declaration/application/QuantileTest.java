package fr.mcp.declaration.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Quartiles of peers' estimates, interpolated between neighbours like a spreadsheet's QUARTILE.INC. */
class QuantileTest {

    private static List<BigDecimal> values(String... amounts) {
        return Stream.of(amounts).map(BigDecimal::new).toList();
    }

    @Test
    void theMedianOfAnOddListIsItsMiddleValueAndOfAnEvenListTheMeanOfTheTwoMiddleOnes() {
        assertEquals(new BigDecimal("300.00"), PeerComparison.quantile(values("100", "200", "300", "400", "500"), 1, 2));
        assertEquals(new BigDecimal("350.00"), PeerComparison.quantile(values("100", "200", "300", "400", "500", "600"), 1, 2));
    }

    @Test
    void quartilesAreInterpolated() {
        List<BigDecimal> sorted = values("1000", "2000", "3000", "4000", "5000", "6000");
        assertEquals(new BigDecimal("2250.00"), PeerComparison.quantile(sorted, 1, 4));
        assertEquals(new BigDecimal("4750.00"), PeerComparison.quantile(sorted, 3, 4));
    }
}
