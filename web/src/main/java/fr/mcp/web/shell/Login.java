package fr.mcp.web.shell;

import fr.mcp.identity.application.SignInResult;
import fr.mcp.identity.domain.SignInRefusal;
import fr.mcp.web.security.DatabaseIdentityStore;
import fr.mcp.web.security.LocalAddress;
import fr.mcp.web.security.OnboardingFilter;
import fr.mcp.web.security.PortalAuthenticationMechanism;
import fr.mcp.web.security.SessionAudit;
import fr.mcp.web.security.SessionPolicy;
import fr.mcp.web.security.SignedInSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.Optional;

/** The sign-in form: login id and password. */
@Named
@RequestScoped
public class Login {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    @Inject
    private SessionPolicy sessionPolicy;

    @NotBlank(message = "{login.id.required}")
    @Size(max = 20, message = "{login.id.tooLong}")
    private String loginId;

    @NotBlank(message = "{login.password.required}")
    @Size(max = 64, message = "{login.password.tooLong}")
    private String password;

    public String signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        HttpSession session = request.getSession(true);
        Object continueTo = session.getAttribute(PortalAuthenticationMechanism.CONTINUE_ATTRIBUTE);
        // A new session id at sign-in: a session id known before login is worthless after it.
        request.changeSessionId();
        AuthenticationStatus status = securityContext.authenticate(
                request,
                response,
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(loginId.trim(), password)));
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
            return null;
        }
        SignInResult result = (SignInResult) request.getAttribute(DatabaseIdentityStore.OUTCOME_ATTRIBUTE);
        if (request.getAttribute(DatabaseIdentityStore.UNAVAILABLE_ATTRIBUTE) != null) {
            Texts.error(null, "login.unavailable");
            return null;
        }
        if (status != AuthenticationStatus.SUCCESS || result == null) {
            boolean expired = result != null && result.refusal() == SignInRefusal.TEMPORARY_PASSWORD_EXPIRED;
            Texts.error(null, expired ? "login.temporaryExpired" : "login.failed");
            return null;
        }
        SessionAudit.signedIn(
                SignedInSession.start(request, result.login(), result.roles(), sessionPolicy.getTimeoutSeconds()),
                result.login());
        if (result.status() == SignInResult.Status.ONBOARDING) {
            request.getSession().setAttribute(OnboardingFilter.PENDING_ATTRIBUTE, Boolean.TRUE);
            return OnboardingFilter.FIRST_LOGIN_PAGE + "?faces-redirect=true";
        }
        session = request.getSession();
        session.removeAttribute(PortalAuthenticationMechanism.CONTINUE_ATTRIBUTE);
        Optional<String> target =
                LocalAddress.of(request.getContextPath(), continueTo instanceof String asked ? asked : null);
        if (target.isPresent()) {
            external.redirect(target.get());
            faces.responseComplete();
            return null;
        }
        return "/accueil.xhtml?faces-redirect=true";
    }

    public String getLoginId() {
        return loginId;
    }

    public void setLoginId(String loginId) {
        this.loginId = loginId;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
