package fr.mcp.web.habilitation;

import fr.mcp.web.shell.Violations;
import java.io.Serializable;

/**
 * A partner-side page. Partner users work on their own partner; a Caf administrator opens the page with
 * {@code ?partenaire=ID} for a partner of its Caf in difficulty. The services decide: when they refuse, the page
 * shows their French message and nothing else.
 */
public abstract class PartnerScopedView implements Serializable {

    private static final long serialVersionUID = 1L;

    protected Long partnerId;
    private boolean denied;

    /** A first read that the services refuse when the caller may not work on the partner. */
    protected abstract void probe();

    /** The page's view action. */
    public void check() {
        try {
            probe();
        } catch (RuntimeException e) {
            denied = true;
            Violations.showOrRethrow(e);
        }
    }

    public boolean isDenied() {
        return denied;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }
}
