package fr.mcp.estimate.application;

import fr.mcp.estimate.domain.Estimate;
import fr.mcp.estimate.domain.EstimateLine;
import fr.mcp.estimate.domain.ParameterValue;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An estimate as JSON, the way it is frozen with a transmitted declaration (amounts and values as decimal strings). */
public final class EstimateJson {

    private EstimateJson() {}

    public static JsonObject toJson(Estimate estimate) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (EstimateLine line : estimate.lines()) {
            JsonObjectBuilder inputs = Json.createObjectBuilder();
            line.inputs().forEach(inputs::add);
            JsonArrayBuilder parameters = Json.createArrayBuilder();
            for (ParameterValue parameter : line.parameters()) {
                JsonObjectBuilder p = Json.createObjectBuilder()
                        .add("name", parameter.name())
                        .add("value", parameter.value().stripTrailingZeros().toPlainString());
                p.add(
                        "validFrom",
                        parameter.validFrom() == null
                                ? "simulation"
                                : parameter.validFrom().toString());
                parameters.add(p);
            }
            lines.add(Json.createObjectBuilder()
                    .add("rule", line.rule())
                    .add("label", line.label())
                    .add("amount", line.amount().toPlainString())
                    .add("inputs", inputs)
                    .add("parameters", parameters));
        }
        return Json.createObjectBuilder()
                .add("facilityType", estimate.facilityType())
                .add("year", estimate.year())
                .add("total", estimate.total().toPlainString())
                .add("currency", "EUR")
                .add("lines", lines)
                .build();
    }

    public static String write(Estimate estimate) {
        return toJson(estimate).toString();
    }

    public static Estimate read(String json) {
        JsonObject object;
        try (var reader = Json.createReader(new StringReader(json))) {
            object = reader.readObject();
        }
        List<EstimateLine> lines = object.getJsonArray("lines").stream()
                .map(JsonValue::asJsonObject)
                .map(line -> {
                    Map<String, String> inputs = new LinkedHashMap<>();
                    line.getJsonObject("inputs")
                            .forEach((name, value) -> inputs.put(name, ((JsonString) value).getString()));
                    List<ParameterValue> parameters = line.getJsonArray("parameters").stream()
                            .map(JsonValue::asJsonObject)
                            .map(p -> new ParameterValue(
                                    p.getString("name"),
                                    new BigDecimal(p.getString("value")),
                                    "simulation".equals(p.getString("validFrom"))
                                            ? null
                                            : LocalDate.parse(p.getString("validFrom"))))
                            .toList();
                    return new EstimateLine(
                            line.getString("rule"),
                            line.getString("label"),
                            new BigDecimal(line.getString("amount")),
                            inputs,
                            parameters);
                })
                .toList();
        return new Estimate(
                object.getString("facilityType"),
                object.getInt("year"),
                new BigDecimal(object.getString("total")),
                lines);
    }
}
