package fr.mcp.web.campaign;

import fr.mcp.campaign.application.CampaignReport;
import fr.mcp.campaign.application.CampaignRow;
import fr.mcp.campaign.application.Campaigns;
import fr.mcp.campaign.application.NewCampaign;
import fr.mcp.declaration.domain.DeclarationKind;
import fr.mcp.habilitation.domain.FacilityType;
import fr.mcp.web.security.Clients;
import fr.mcp.web.shell.Texts;
import fr.mcp.web.shell.Violations;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Caf back-office "Campagnes": launch a call for declarations, follow its progress, read its report, send the reminder. */
@Named
@ViewScoped
public class CampaignsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Campaigns campaigns;

    private DeclarationKind kind;
    private Integer year;
    private List<String> types = new ArrayList<>();
    private LocalDate opensOn;
    private LocalDate deadline;
    private Integer reminderDays = 7;
    private boolean financialRequested = true;
    private transient List<CampaignRow> rows;
    private Long reportId;
    private transient CampaignReport report;

    public void launch() {
        try {
            long id = campaigns.launch(
                    new NewCampaign(
                            kind,
                            year,
                            types.stream().map(FacilityType::valueOf).toList(),
                            opensOn,
                            deadline,
                            reminderDays,
                            financialRequested),
                    Clients.current());
            Texts.info("campaigns.launched", id);
            rows = null;
        } catch (RuntimeException e) {
            Violations.showOrRethrow(e);
        }
    }

    public void remind(long id) {
        try {
            campaigns.remindNow(id, Clients.current());
            Texts.info("campaigns.reminderRequested");
            rows = null;
        } catch (RuntimeException e) {
            Violations.showOrRethrow(e);
        }
    }

    public void showReport(long id) {
        reportId = id;
        report = null;
    }

    public void refresh() {
        rows = null;
        report = null;
    }

    public boolean isRunning() {
        return getRows().stream()
                .anyMatch(r -> !r.state().equals("LAUNCHED") && !r.state().equals("SCHEDULED"));
    }

    public List<CampaignRow> getRows() {
        if (rows == null) {
            rows = campaigns.list();
        }
        return rows;
    }

    public CampaignReport getReport() {
        if (report == null && reportId != null) {
            report = campaigns.report(reportId);
        }
        return report;
    }

    public DeclarationKind[] getKinds() {
        return DeclarationKind.values();
    }

    public FacilityType[] getFacilityTypes() {
        return FacilityType.values();
    }

    public DeclarationKind getKind() {
        return kind;
    }

    public void setKind(DeclarationKind kind) {
        this.kind = kind;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<String> getTypes() {
        return types;
    }

    public void setTypes(List<String> types) {
        this.types = types;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public Integer getReminderDays() {
        return reminderDays;
    }

    public void setReminderDays(Integer reminderDays) {
        this.reminderDays = reminderDays;
    }

    public boolean isFinancialRequested() {
        return financialRequested;
    }

    public void setFinancialRequested(boolean financialRequested) {
        this.financialRequested = financialRequested;
    }
}
