package fr.mcp.web.declaration;

import fr.mcp.campaign.application.CampaignRow;
import fr.mcp.campaign.application.Campaigns;
import fr.mcp.declaration.application.CafReview;
import fr.mcp.declaration.application.DeclarationFilter;
import fr.mcp.declaration.application.DeclarationLists;
import fr.mcp.declaration.application.DeclarationReminders;
import fr.mcp.declaration.application.DeclarationRow;
import fr.mcp.declaration.domain.DeclarationState;
import fr.mcp.shared.application.Page;
import fr.mcp.web.shell.Texts;
import fr.mcp.web.shell.Violations;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The Caf's review queue: its partners' declarations, the transmitted ones first shown. */
@Named
@ViewScoped
public class ReviewQueue extends DeclarationListView {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient DeclarationLists lists;

    @PostConstruct
    void transmittedFirst() {
        setState(DeclarationState.TRANSMITTED);
    }

    @Override
    protected Page<DeclarationRow> find(DeclarationFilter filter, int first, int size) {
        return lists.queue(filter, first, size);
    }

    private final Map<Long, Boolean> selected = new HashMap<>();
    private String reviewer;

    @Inject
    private transient CafReview review;

    @Inject
    private transient Campaigns campaigns;

    @Inject
    private transient DeclarationReminders reminders;

    private Long campaignId;
    private String assignedTo;
    private String controls;

    @Override
    public boolean isSelectable() {
        return true;
    }

    @Override
    protected DeclarationFilter filter() {
        DeclarationFilter base = super.filter();
        return new DeclarationFilter(
                base.year(),
                base.kind(),
                base.facilityType(),
                base.state(),
                base.text(),
                reviewerLogin(),
                campaignId,
                null,
                null,
                controls == null || controls.isBlank() ? null : "raised".equals(controls));
    }

    /** "moi": the caller's login; "-": nobody's; blank: anyone's. */
    private String reviewerLogin() {
        if ("moi".equals(assignedTo)) {
            return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        }
        return "-".equals(assignedTo) ? "-" : null;
    }

    public String getAssignedTo() {
        return assignedTo;
    }

    public void setAssignedTo(String assignedTo) {
        this.assignedTo = assignedTo;
    }

    public String getControls() {
        return controls;
    }

    public void setControls(String controls) {
        this.controls = controls;
    }

    /** The Caf's campaigns, to filter the queue by one. */
    public List<CampaignRow> getCampaigns() {
        return campaigns.list();
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    public void assignSelected() {
        try {
            int count = review.assignReviewer(selectedIds(), reviewer);
            Texts.info("queue.assigned", count, reviewer == null || reviewer.isBlank() ? "personne" : reviewer.trim());
            selected.clear();
            search();
        } catch (RuntimeException e) {
            Violations.showOrRethrow(e);
        }
    }

    public void validateSelected() {
        try {
            var outcome = review.validateAll(selectedIds());
            Texts.info("queue.validated", outcome.validated().size());
            outcome.skipped().forEach(s -> Texts.info("queue.notValidated", s.id(), s.reason()));
            selected.clear();
            search();
        } catch (RuntimeException e) {
            Violations.showOrRethrow(e);
        }
    }

    public void remindSelected() {
        try {
            var outcome = reminders.remindAll(selectedIds());
            Texts.info("queue.reminded", outcome.reminded().size(), outcome.recipients());
            outcome.skipped().forEach(s -> Texts.info("queue.notReminded", s.id(), s.reason()));
            selected.clear();
            search();
        } catch (RuntimeException e) {
            Violations.showOrRethrow(e);
        }
    }

    private List<Long> selectedIds() {
        return selected.entrySet().stream()
                .filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    public Map<Long, Boolean> getSelected() {
        return selected;
    }

    public String getReviewer() {
        return reviewer;
    }

    public void setReviewer(String reviewer) {
        this.reviewer = reviewer;
    }

    @Override
    protected void exportFilters(StringBuilder url) {
        append(url, "campaign", campaignId);
        append(url, "reviewer", reviewerLogin());
        append(url, "controls", controls);
    }
}
