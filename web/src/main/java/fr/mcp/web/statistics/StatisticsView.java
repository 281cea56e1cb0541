package fr.mcp.web.statistics;

import fr.mcp.declaration.application.CampaignFigures;
import fr.mcp.declaration.application.DeclarationStatistics;
import fr.mcp.declaration.domain.DeclarationKind;
import fr.mcp.web.shell.Violations;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * Caf back-office "Statistiques": a year and kind of declarations in figures — per state, progress day after day,
 * estimated amounts per facility type — drawn as charts (PrimeFaces, Chart.js) and given as tables.
 */
@Named
@ViewScoped
public class StatisticsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient DeclarationStatistics statistics;

    private Integer year = LocalDate.now().getYear();
    private DeclarationKind kind = DeclarationKind.FORECAST;
    private transient CampaignFigures figures;

    public void show() {
        figures = null;
    }

    public CampaignFigures getFigures() {
        if (figures == null) {
            try {
                figures = statistics.figures(year, kind);
            } catch (RuntimeException e) {
                Violations.showOrRethrow(e);
            }
        }
        return figures;
    }

    public String getStatesChart() {
        CampaignFigures f = getFigures();
        return f == null
                ? null
                : chart(
                        "bar",
                        f.states(),
                        CampaignFigures.StateCount::label,
                        List.of(new Series<>("Déclarations", "#000091", s -> s.count())));
    }

    public String getProgressChart() {
        CampaignFigures f = getFigures();
        return f == null || f.progress().isEmpty()
                ? null
                : chart(
                        "line",
                        f.progress(),
                        d -> d.day().toString(),
                        List.of(
                                new Series<>("Ouvertes", "#929292", CampaignFigures.DayProgress::opened),
                                new Series<>("Commencées", "#b34000", CampaignFigures.DayProgress::started),
                                new Series<>("Transmises", "#000091", CampaignFigures.DayProgress::transmitted),
                                new Series<>("Validées", "#18753c", CampaignFigures.DayProgress::validated)));
    }

    public String getAmountsChart() {
        CampaignFigures f = getFigures();
        return f == null || f.amounts().isEmpty()
                ? null
                : chart(
                        "bar",
                        f.amounts(),
                        CampaignFigures.TypeAmount::facilityType,
                        List.of(new Series<>("Estimation totale (€)", "#000091", a -> a.total())));
    }

    private record Series<T>(String label, String color, Function<T, Number> value) {}

    private static <T> String chart(String type, List<T> points, Function<T, String> label, List<Series<T>> series) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        points.forEach(p -> labels.add(label.apply(p)));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series<T> s : series) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            points.forEach(p -> data.add(s.value().apply(p).doubleValue()));
            datasets.add(Json.createObjectBuilder()
                    .add("label", s.label())
                    .add("data", data)
                    .add("borderColor", s.color())
                    .add("backgroundColor", s.color())
                    .add("fill", false));
        }
        JsonObjectBuilder options =
                Json.createObjectBuilder().add("responsive", true).add("animation", false);
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options)
                .build()
                .toString();
    }

    public DeclarationKind[] getKinds() {
        return DeclarationKind.values();
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public DeclarationKind getKind() {
        return kind;
    }

    public void setKind(DeclarationKind kind) {
        this.kind = kind;
    }
}
