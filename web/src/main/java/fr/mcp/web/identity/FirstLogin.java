package fr.mcp.web.identity;

import fr.mcp.identity.application.OnboardingService;
import fr.mcp.identity.application.OnboardingService.Step;
import fr.mcp.identity.domain.TermsOfUse;
import fr.mcp.web.security.Clients;
import fr.mcp.web.security.OnboardingFilter;
import fr.mcp.web.security.SignedInSession;
import fr.mcp.web.shell.Texts;
import fr.mcp.web.shell.Violations;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.List;

/** The first-login page: accept the terms of use, then choose a password. */
@Named
@ViewScoped
public class FirstLogin implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient OnboardingService onboarding;

    private Step step;
    private String termsVersion;
    private String termsBody;
    private String password;
    private String confirmation;

    public Step getStep() {
        if (step == null) {
            step = onboarding.nextStep();
            if (step == Step.TERMS) {
                TermsOfUse terms = onboarding.termsToAccept();
                termsVersion = terms.getVersion();
                termsBody = terms.getBody();
            }
        }
        return step;
    }

    public String acceptTerms() {
        try {
            onboarding.acceptTerms(termsVersion, Clients.current());
        } catch (RuntimeException e) {
            Violations.showOrRethrow(e);
            return null;
        }
        step = null;
        return afterStep();
    }

    public String refuseTerms() throws ServletException {
        onboarding.refuseTerms(Clients.current());
        HttpServletRequest request = request();
        SignedInSession.end(request);
        return "/index.xhtml?faces-redirect=true&refus=1";
    }

    public String choosePassword() {
        try {
            onboarding.choosePassword(password, confirmation, Clients.current());
        } catch (RuntimeException e) {
            Violations.showOrRethrow(e);
            return null;
        }
        step = null;
        return afterStep();
    }

    /** The rules, each with whether the password being typed follows it. */
    public List<PasswordRuleStates.RuleState> getRules() {
        return PasswordRuleStates.of(password, onboarding::passwordViolations);
    }

    private String afterStep() {
        if (getStep() != Step.DONE) {
            return null;
        }
        onboarding.complete();
        HttpSession session = request().getSession();
        session.removeAttribute(OnboardingFilter.PENDING_ATTRIBUTE);
        Texts.info("firstLogin.done");
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/accueil.xhtml?faces-redirect=true";
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public String getTermsVersion() {
        return termsVersion;
    }

    public String getTermsBody() {
        return termsBody;
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
