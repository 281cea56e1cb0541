package fr.mcp.estimate.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every case of {@code estimate/cases.json}: expected lines and total, or expected problems. */
class EstimateCasesTest {

    @TestFactory
    Stream<DynamicTest> everyCaseOfTheFileGivesItsExpectedEstimate() throws Exception {
        JsonObject file;
        try (InputStream in = getClass().getResourceAsStream("/estimate/cases.json");
                JsonReader reader = Json.createReader(in)) {
            file = reader.readObject();
        }
        List<ParameterValue> dated = file.getJsonObject("scales").getJsonArray("illustrative").stream()
                .map(JsonValue::asJsonObject)
                .map(p -> new ParameterValue(
                        p.getString("name"),
                        new BigDecimal(p.getString("value")),
                        LocalDate.parse(p.getString("validFrom"))))
                .toList();
        assertTrue(file.getJsonArray("cases").size() >= 15);
        return file.getJsonArray("cases").stream()
                .map(JsonValue::asJsonObject)
                .map(c -> DynamicTest.dynamicTest(c.getString("name"), () -> run(c, dated)));
    }

    private static void run(JsonObject c, List<ParameterValue> dated) {
        Scale scale = Scale.inForce(c.getInt("year"), dated);
        if (c.containsKey("overrides")) {
            Map<String, BigDecimal> overrides = new HashMap<>();
            c.getJsonObject("overrides")
                    .forEach((name, value) -> overrides.put(name, new BigDecimal(((JsonString) value).getString())));
            scale = scale.withOverrides(overrides);
        }
        Map<String, String> values = new HashMap<>();
        c.getJsonObject("values").forEach((name, value) -> values.put(name, ((JsonString) value).getString()));
        String type = c.getString("facilityType");
        if (c.containsKey("expectedProblems")) {
            Scale finalScale = scale;
            EstimateProblem problem = assertThrows(
                    EstimateProblem.class, () -> Estimator.estimate(type, new DeclaredValues(values), finalScale));
            assertEquals(
                    c.getJsonArray("expectedProblems").getValuesAs(JsonString::getString).stream()
                            .sorted()
                            .toList(),
                    problem.items().stream()
                            .map(EstimateProblem.Item::key)
                            .sorted()
                            .toList());
            return;
        }
        Estimate estimate = Estimator.estimate(type, new DeclaredValues(values), scale);
        JsonObject expected = c.getJsonObject("expected");
        assertEquals(new BigDecimal(expected.getString("total")), estimate.total());
        List<String> expectedLines = expected.getJsonArray("lines").stream()
                .map(JsonValue::asJsonObject)
                .map(l -> l.getString("rule") + "=" + l.getString("amount"))
                .toList();
        assertEquals(
                expectedLines,
                estimate.lines().stream()
                        .map(l -> l.rule() + "=" + l.amount().toPlainString())
                        .toList());
        estimate.lines()
                .forEach(line -> assertTrue(
                        !line.label().isBlank() && !line.inputs().isEmpty(), "every line explains itself: " + line));
    }
}
