package fr.mcp.web.controlplan;

import fr.mcp.controlplan.application.FindingDetail;
import fr.mcp.controlplan.application.FindingsDesk;
import fr.mcp.web.security.Clients;
import fr.mcp.web.shell.Texts;
import fr.mcp.web.shell.Violations;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * One finding: its evidence and notes, and what a security officer does with it: take it, comment, close it as
 * legitimate, suspend the user or the partner's access. Changes carry the version read, so a change made meanwhile by
 * another officer is reported rather than overwritten.
 */
@Named
@ViewScoped
public class FindingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient FindingsDesk desk;

    private Long id;
    private FindingDetail detail;
    private String comment;
    private String reason;

    public void load() {
        if (id == null) {
            return;
        }
        try {
            detail = desk.detail(id);
        } catch (RuntimeException e) {
            Violations.showOrRethrow(e);
        }
    }

    public void take() {
        act(() -> desk.assign(id, version(), null, Clients.current()), "finding.taken");
    }

    public void addComment() {
        act(() -> desk.comment(id, comment, Clients.current()), "finding.commented");
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            comment = null;
        }
    }

    public void closeAsLegitimate() {
        act(() -> desk.closeAsLegitimate(id, version(), reason, Clients.current()), "finding.closedLegitimate");
    }

    public void suspendUser() {
        act(() -> desk.suspendUser(id, version(), reason, Clients.current()), "finding.userSuspended");
    }

    public void suspendPartner() {
        act(() -> desk.suspendPartner(id, version(), reason, Clients.current()), "finding.partnerSuspended");
    }

    private void act(Runnable change, String done) {
        try {
            change.run();
            Texts.info(done);
            reason = null;
        } catch (RuntimeException e) {
            Violations.showOrRethrow(e);
        }
        load();
    }

    private long version() {
        return detail == null ? -1 : detail.finding().version();
    }

    public boolean isOpen() {
        return detail != null && "OPEN".equals(detail.finding().status());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public FindingDetail getDetail() {
        return detail;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
