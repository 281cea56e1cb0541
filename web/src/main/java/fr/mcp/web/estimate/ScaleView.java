package fr.mcp.web.estimate;

import fr.mcp.audit.domain.AuditEntry;
import fr.mcp.estimate.application.NewScaleValue;
import fr.mcp.estimate.application.ScaleAdministration;
import fr.mcp.estimate.domain.ScaleParameter;
import fr.mcp.web.security.Clients;
import fr.mcp.web.shell.Texts;
import fr.mcp.web.shell.Violations;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Caf back-office "Barème": the dated values of the scale, a new dated value, corrections, and the history of changes. */
@Named
@ViewScoped
public class ScaleView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int HISTORY = 50;

    @Inject
    private transient ScaleAdministration scale;

    private String name;
    private BigDecimal value;
    private String unit;
    private LocalDate validFrom;
    private String reference;
    private final Map<Long, BigDecimal> corrections = new HashMap<>();
    private final Map<Long, String> references = new HashMap<>();
    private final Map<Long, Long> versions = new HashMap<>();
    private transient List<ScaleParameter> parameters;
    private transient List<AuditEntry> history;

    public void add() {
        try {
            scale.add(new NewScaleValue(name, value, unit, validFrom, reference), Clients.current());
            Texts.info("scale.added");
            name = null;
            value = null;
            unit = null;
            validFrom = null;
            reference = null;
        } catch (RuntimeException e) {
            Violations.showOrRethrow(e);
        }
        refresh();
    }

    public void correct(long id) {
        try {
            scale.correct(id, versions.get(id), corrections.get(id), references.get(id), Clients.current());
            Texts.info("scale.corrected");
            corrections.remove(id);
            references.remove(id);
        } catch (RuntimeException e) {
            Violations.showOrRethrow(e);
        }
        refresh();
    }

    private void refresh() {
        parameters = null;
        history = null;
    }

    public List<ScaleParameter> getParameters() {
        if (parameters == null) {
            parameters = scale.parameters();
            parameters.forEach(p -> {
                versions.put(p.getId(), p.getVersion());
                references.putIfAbsent(p.getId(), p.getReference());
            });
        }
        return parameters;
    }

    public List<AuditEntry> getHistory() {
        if (history == null) {
            history = scale.history(0, HISTORY);
        }
        return history;
    }

    public Map<Long, BigDecimal> getCorrections() {
        return corrections;
    }

    public Map<Long, String> getReferences() {
        return references;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}
