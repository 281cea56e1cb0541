package fr.mcp.web.controlplan;

import fr.mcp.controlplan.application.NewRuleVersion;
import fr.mcp.controlplan.application.RuleVersions;
import fr.mcp.controlplan.domain.DetectionRule;
import fr.mcp.web.security.Clients;
import fr.mcp.web.shell.Texts;
import fr.mcp.web.shell.Violations;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Caf back-office "Règles de détection": every dated version, and a new version from today or a later day. */
@Named
@ViewScoped
public class RulesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient RuleVersions versions;

    private transient List<DetectionRule> rules;
    private String code;
    private LocalDate validFrom;
    private Integer threshold;
    private Integer windowDays;
    private Integer windowHours;
    private Integer graceDays;
    private Integer hourFrom;
    private Integer hourTo;
    private String severity;
    private String label;

    public List<DetectionRule> getRules() {
        if (rules == null) {
            rules = versions.all();
        }
        return rules;
    }

    public void add() {
        try {
            versions.add(
                    new NewRuleVersion(
                            code,
                            validFrom,
                            threshold,
                            windowDays,
                            graceDays,
                            windowHours,
                            hourFrom,
                            hourTo,
                            severity,
                            label),
                    Clients.current());
            Texts.info("rules.added", code, validFrom);
            rules = null;
        } catch (RuntimeException e) {
            Violations.showOrRethrow(e);
        }
    }

    public List<String> getCodes() {
        return DetectionRule.CODES;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public Integer getThreshold() {
        return threshold;
    }

    public void setThreshold(Integer threshold) {
        this.threshold = threshold;
    }

    public Integer getWindowDays() {
        return windowDays;
    }

    public void setWindowDays(Integer windowDays) {
        this.windowDays = windowDays;
    }

    public Integer getWindowHours() {
        return windowHours;
    }

    public void setWindowHours(Integer windowHours) {
        this.windowHours = windowHours;
    }

    public Integer getGraceDays() {
        return graceDays;
    }

    public void setGraceDays(Integer graceDays) {
        this.graceDays = graceDays;
    }

    public Integer getHourFrom() {
        return hourFrom;
    }

    public void setHourFrom(Integer hourFrom) {
        this.hourFrom = hourFrom;
    }

    public Integer getHourTo() {
        return hourTo;
    }

    public void setHourTo(Integer hourTo) {
        this.hourTo = hourTo;
    }

    public String getSeverity() {
        return severity;
    }

    public void setSeverity(String severity) {
        this.severity = severity;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }
}
