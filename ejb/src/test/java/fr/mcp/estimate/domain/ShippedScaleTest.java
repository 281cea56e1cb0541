package fr.mcp.estimate.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The national scale the migrations ship, on an empty database as a production install has it (no demonstration):
 * every facility type's estimate computes from it for every year since 2024 and next year, no parameter missing. The
 * published rates and bonuses carry their source; the yearly ceilings, not published in the material at hand, are
 * marked illustrative until a Caf administrator enters the official ones.
 */
class ShippedScaleTest {

    private static final String DATABASE = "jdbc:derby:memory:shippedScale;create=true";

    private static final Map<String, Row> ROWS = new LinkedHashMap<>();

    private record Row(ParameterValue value, boolean illustrative, String reference) {}

    @BeforeAll
    static void migratedEmptyDatabase() throws SQLException {
        Flyway.configure(ShippedScaleTest.class.getClassLoader())
                .dataSource(DATABASE, null, null)
                .locations("classpath:db/migration")
                .skipDefaultCallbacks(true)
                .load()
                .migrate();
        try (Connection db = DriverManager.getConnection(DATABASE);
                Statement query = db.createStatement();
                ResultSet rows = query.executeQuery(
                        "SELECT name, param_value, valid_from, illustrative, reference FROM scale_parameter")) {
            while (rows.next()) {
                ParameterValue value = new ParameterValue(
                        rows.getString(1),
                        rows.getBigDecimal(2),
                        rows.getDate(3).toLocalDate());
                ROWS.put(value.name() + "@" + value.validFrom(), new Row(value, rows.getBoolean(4), rows.getString(5)));
            }
        }
    }

    @Test
    void everyFacilityTypeGetsAnEstimateFromTheShippedScaleEveryYearSince2024AndNextYear() throws Exception {
        List<ParameterValue> dated = ROWS.values().stream().map(Row::value).toList();
        Map<String, Map<String, String>> declared = declaredValuesPerType();
        assertEquals(6, declared.size(), "a declaration of each type: " + declared.keySet());
        List<String> failures = new ArrayList<>();
        for (int year = 2024; year <= LocalDate.now().getYear() + 1; year++) {
            for (Map.Entry<String, Map<String, String>> type : declared.entrySet()) {
                try {
                    Estimate estimate = Estimator.estimate(
                            type.getKey(), new DeclaredValues(type.getValue()), Scale.inForce(year, dated));
                    if (estimate.total().signum() <= 0) {
                        failures.add(type.getKey() + " " + year + ": total " + estimate.total());
                    }
                } catch (EstimateProblem problem) {
                    failures.add(type.getKey() + " " + year + ": " + problem.items());
                }
            }
        }
        assertTrue(failures.isEmpty(), "estimates the shipped scale cannot compute: " + failures);
    }

    @Test
    void theCeilingsAreMarkedIllustrativeAndEveryOtherValueCarriesItsSource() {
        assertFalse(ROWS.isEmpty(), "the migrations ship a scale");
        for (Row row : ROWS.values()) {
            String name = row.value().name();
            boolean yearlyCeiling = name.contains(".ceilingPer") && !name.contains("inclusionBonus");
            if (yearlyCeiling) {
                assertTrue(row.illustrative(), name + " is an illustrative ceiling");
            }
            assertTrue(row.reference() != null && row.reference().length() > 20, name + " says where it comes from");
        }
        assertFalse(ROWS.get("EAJE.rate@2024-01-01").illustrative(), "the PSU rate is the published one");
        assertEquals(
                0,
                new BigDecimal("0.66")
                        .compareTo(ROWS.get("EAJE.rate@2024-01-01").value().value()));
    }

    /** The declared values of the first case of each facility type in estimate/cases.json that expects an estimate. */
    private static Map<String, Map<String, String>> declaredValuesPerType() throws Exception {
        JsonObject file;
        try (InputStream in = ShippedScaleTest.class.getResourceAsStream("/estimate/cases.json");
                JsonReader reader = Json.createReader(in)) {
            file = reader.readObject();
        }
        Map<String, Map<String, String>> perType = new LinkedHashMap<>();
        for (JsonValue value : file.getJsonArray("cases")) {
            JsonObject c = value.asJsonObject();
            if (c.containsKey("expectedProblems") || c.containsKey("overrides")) {
                continue;
            }
            Map<String, String> values = new HashMap<>();
            c.getJsonObject("values").forEach((name, v) -> values.put(name, ((JsonString) v).getString()));
            perType.putIfAbsent(c.getString("facilityType"), values);
        }
        return perType;
    }
}
