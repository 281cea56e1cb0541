package fr.mcp.web.habilitation;

import fr.mcp.habilitation.application.ApproverValidation;
import fr.mcp.habilitation.application.PendingApprover;
import fr.mcp.web.security.Clients;
import fr.mcp.web.shell.Texts;
import fr.mcp.web.shell.Violations;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Caf back-office "Approbateurs à valider": validate, or refuse with a reason sent to the partner. */
@Named
@ViewScoped
public class ApproverQueue implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ApproverValidation validation;

    private final Map<Long, String> reasons = new HashMap<>();
    private transient List<PendingApprover> pending;

    public void validate(long assignmentId) {
        try {
            validation.validate(assignmentId, Clients.current());
            Texts.info("approvers.validated");
        } catch (RuntimeException e) {
            Violations.showOrRethrow(e);
        }
        pending = null;
    }

    public void refuse(long assignmentId) {
        try {
            validation.refuse(assignmentId, reasons.get(assignmentId), Clients.current());
            Texts.info("approvers.refused");
            reasons.remove(assignmentId);
        } catch (RuntimeException e) {
            Violations.showOrRethrow(e);
        }
        pending = null;
    }

    public List<PendingApprover> getPending() {
        if (pending == null) {
            pending = validation.pending();
        }
        return pending;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
