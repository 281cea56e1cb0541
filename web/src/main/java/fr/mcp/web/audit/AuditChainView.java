package fr.mcp.web.audit;

import fr.mcp.audit.application.AuditChain;
import fr.mcp.audit.application.ChainVerification;
import fr.mcp.web.shell.Violations;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Caf back-office "Intégrité du journal": seal the pending audit rows and verify the whole chain on demand. */
@Named
@ViewScoped
public class AuditChainView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient AuditChain chain;

    private ChainVerification result;

    public void verify() {
        try {
            chain.sealAll();
            result = chain.verify();
        } catch (RuntimeException e) {
            Violations.showOrRethrow(e);
        }
    }

    public ChainVerification getResult() {
        return result;
    }
}
