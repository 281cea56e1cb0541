package fr.mcp.web.identity;

import fr.mcp.identity.application.PasswordService;
import fr.mcp.web.security.Clients;
import fr.mcp.web.shell.Texts;
import fr.mcp.web.shell.Violations;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** "Changer mon mot de passe": current password, new one under the policy (checked while typing), confirmation. */
@Named
@ViewScoped
public class ChangePassword implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient PasswordService passwords;

    private String current;
    private String password;
    private String confirmation;

    public String save() {
        try {
            passwords.change(current, password, confirmation, Clients.current());
        } catch (RuntimeException e) {
            Violations.showOrRethrow(e);
            return null;
        }
        current = null;
        password = null;
        confirmation = null;
        Texts.info("changePassword.done");
        return null;
    }

    public List<PasswordRuleStates.RuleState> getRules() {
        return PasswordRuleStates.of(password, passwords::violations);
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
