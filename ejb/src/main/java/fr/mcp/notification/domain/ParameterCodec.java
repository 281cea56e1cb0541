package fr.mcp.notification.domain;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Template parameters stored as a JSON object of strings. */
final class ParameterCodec {

    private ParameterCodec() {}

    static String encode(Map<String, String> parameters) {
        JsonObjectBuilder builder = Json.createObjectBuilder();
        new TreeMap<>(parameters).forEach(builder::add);
        return builder.build().toString();
    }

    static Map<String, String> decode(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            Map<String, String> parameters = new LinkedHashMap<>();
            object.forEach((name, value) -> parameters.put(name, object.getString(name)));
            return parameters;
        }
    }
}
