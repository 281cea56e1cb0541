package fr.mcp.web.api.declaration;

import fr.mcp.declaration.application.Analysis;
import fr.mcp.declaration.application.DeclarationView;
import fr.mcp.declaration.application.FormView;
import fr.mcp.declaration.domain.DeclarationEvent;
import fr.mcp.declaration.domain.FormField;
import fr.mcp.declaration.domain.RaisedControl;
import fr.mcp.estimate.application.EstimateJson;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;

/** A declaration as the API shows it: forms with their fields and values, estimate, controls, history, actions. */
final class DeclarationJson {

    private DeclarationJson() {}

    static JsonObject of(DeclarationView view) {
        JsonArrayBuilder forms = Json.createArrayBuilder();
        view.forms().forEach(form -> forms.add(form(form)));
        JsonArrayBuilder history = Json.createArrayBuilder();
        view.history().forEach(event -> history.add(event(event)));
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", view.id())
                .add("version", view.version())
                .add("partner", view.partnerName())
                .add("facility", view.facilityName())
                .add("facilityType", view.facilityType())
                .add("year", view.year())
                .add("kind", view.kind().name())
                .add("kindLabel", view.kind().label())
                .add("state", view.state().name())
                .add("stateLabel", view.state().label())
                .add("nextStep", view.nextStep())
                .add("forms", forms)
                .add("estimate", estimate(view.analysis()))
                .add("controls", controls(view.analysis()))
                .add("history", history)
                .add(
                        "actions",
                        Json.createObjectBuilder()
                                .add("take", view.actions().take())
                                .add("approve", view.actions().approve())
                                .add("justify", view.actions().justify())
                                .add("review", view.actions().review())
                                .add("download", view.actions().download())
                                .add("payments", view.actions().payments()));
        addNullable(json, "deadline", view.deadline());
        addNullable(json, "transmittedAt", view.transmittedAt());
        addNullable(json, "transmittedBy", view.transmittedBy());
        return json.build();
    }

    private static JsonObject form(FormView form) {
        JsonArrayBuilder fields = Json.createArrayBuilder();
        for (FormField field : form.fields()) {
            JsonObjectBuilder f = Json.createObjectBuilder()
                    .add("code", field.getCode())
                    .add("label", field.getLabel())
                    .add("unit", field.getUnit())
                    .add("type", field.getValueType().name())
                    .add("section", field.getSection());
            addNullable(
                    f,
                    "min",
                    field.getMinValue() == null
                            ? null
                            : field.getMinValue().stripTrailingZeros().toPlainString());
            addNullable(
                    f,
                    "max",
                    field.getMaxValue() == null
                            ? null
                            : field.getMaxValue().stripTrailingZeros().toPlainString());
            addNullable(f, "help", field.getHelp());
            fields.add(f);
        }
        JsonObjectBuilder values = Json.createObjectBuilder();
        form.values().forEach(values::add);
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", form.id())
                .add("version", form.version())
                .add("kind", form.kind().name())
                .add("label", form.label())
                .add("state", form.state().name())
                .add("stateLabel", form.state().label())
                .add("editable", form.editable())
                .add("fields", fields)
                .add("values", values)
                .add("missing", Json.createArrayBuilder(form.missing()));
        addNullable(json, "sentBackComment", form.sentBackComment());
        addNullable(json, "updatedBy", form.updatedBy());
        addNullable(json, "updatedAt", form.updatedAt());
        addNullable(json, "expenses", amount(form.expenses()));
        addNullable(json, "income", amount(form.income()));
        return json.build();
    }

    private static JsonObject estimate(Analysis analysis) {
        JsonObjectBuilder json = analysis.estimate().computed()
                ? Json.createObjectBuilder(
                        EstimateJson.toJson(analysis.estimate().estimate()))
                : Json.createObjectBuilder()
                        .add(
                                "problems",
                                Json.createArrayBuilder(analysis.estimate().problems()));
        return json.add("frozen", analysis.frozen()).build();
    }

    private static JsonArrayBuilder controls(Analysis analysis) {
        JsonArrayBuilder controls = Json.createArrayBuilder();
        for (RaisedControl control : analysis.controls()) {
            JsonObjectBuilder c = Json.createObjectBuilder()
                    .add("id", control.code())
                    .add("message", control.message())
                    .add("justified", control.justified());
            addNullable(c, "justification", control.justification());
            controls.add(c);
        }
        return controls;
    }

    private static JsonObject event(DeclarationEvent event) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("at", event.getOccurredAt().toString())
                .add("by", event.getActorLogin())
                .add("name", event.getActorName())
                .add("action", event.getAction());
        addNullable(
                json,
                "from",
                event.getFromState() == null ? null : event.getFromState().name());
        addNullable(
                json,
                "to",
                event.getToState() == null ? null : event.getToState().name());
        addNullable(json, "form", event.getFormLabel());
        addNullable(json, "comment", event.getComment());
        return json.build();
    }

    private static String amount(BigDecimal value) {
        return value == null ? null : value.setScale(2).toPlainString();
    }

    private static void addNullable(JsonObjectBuilder json, String name, Object value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value.toString());
        }
    }
}
