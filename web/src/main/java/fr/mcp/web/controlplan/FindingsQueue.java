package fr.mcp.web.controlplan;

import fr.mcp.controlplan.application.Detection;
import fr.mcp.controlplan.application.DetectionReport;
import fr.mcp.controlplan.application.FindingFilter;
import fr.mcp.controlplan.application.FindingRow;
import fr.mcp.controlplan.application.FindingsDesk;
import fr.mcp.controlplan.domain.DetectionRule;
import fr.mcp.controlplan.domain.FindingStatus;
import fr.mcp.shared.application.Page;
import fr.mcp.web.shell.PagedList;
import fr.mcp.web.shell.Texts;
import fr.mcp.web.shell.Violations;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Caf back-office "Supervision": the queue of findings of the control plan, filtered and paged in the database. */
@Named
@ViewScoped
public class FindingsQueue extends PagedList<FindingRow> {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient FindingsDesk desk;

    @Inject
    private transient Detection detection;

    private String status = FindingStatus.OPEN.name();
    private String severity;
    private String rule;
    private String text;
    private boolean mine;

    @Override
    protected Page<FindingRow> find(int first, int size) {
        return desk.search(new FindingFilter(status, severity, rule, text, mine ? currentLogin() : null), first, size);
    }

    private static String currentLogin() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    public void detect() {
        try {
            DetectionReport report = detection.runForMyCaf();
            Texts.info("findings.detected", report.raisedTotal(), report.alreadyKnown());
            search();
        } catch (RuntimeException e) {
            Violations.showOrRethrow(e);
        }
    }

    public FindingStatus[] getStatuses() {
        return FindingStatus.values();
    }

    public List<String> getRules() {
        return DetectionRule.CODES.stream()
                .filter(code -> !code.equals(DetectionRule.INACTIVE_ACCOUNT))
                .toList();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getSeverity() {
        return severity;
    }

    public void setSeverity(String severity) {
        this.severity = severity;
    }

    public String getRule() {
        return rule;
    }

    public void setRule(String rule) {
        this.rule = rule;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }
}
