package fr.mcp.estimate.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExplainedValuesTest {

    @Test
    void valuesAreShownInTheOrderTheyWereReadWithAtMostSixDecimalsAndNoTrailingZeros() {
        BigDecimal third = BigDecimal.ONE.divide(BigDecimal.valueOf(3), MathContext.DECIMAL128);
        ExplainedValues values = new ExplainedValues.Builder(1)
                .add("expenses", new BigDecimal("41000.50"))
                .add("unitCost", third)
                .add("hours", new BigDecimal("1.2E+3"))
                .build();

        assertEquals(List.of("expenses", "unitCost", "hours"), List.copyOf(values.keySet()));
        assertEquals(List.of("41000.5", "0.333333", "1200"), List.copyOf(values.values()));
        assertEquals("0.333333", values.get("unitCost"));
        assertNull(values.get("nothing"));
    }

    @Test
    void aValueAddedTwiceKeepsItsPlaceAndTakesTheNewValue() {
        ExplainedValues values = new ExplainedValues.Builder(1)
                .add("a", BigDecimal.ONE)
                .add("b", BigDecimal.TEN)
                .add("a", BigDecimal.ZERO)
                .build();

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("a", "0");
        expected.put("b", "10");
        assertEquals(expected, values, "equal to any map with the same shown values");
        assertEquals(List.of("a", "b"), List.copyOf(values.keySet()));
    }
}
