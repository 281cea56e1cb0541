package fr.mcp.web.shell;

import fr.mcp.identity.application.UserDirectory;
import fr.mcp.identity.application.UserSummary;
import fr.mcp.shared.config.BusinessTime;
import fr.mcp.web.security.Clients;
import fr.mcp.web.security.SessionAudit;
import fr.mcp.web.security.SignInAgain;
import fr.mcp.web.security.SignedInSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The signed-in user as the header and the welcome page show them. */
@Named
@RequestScoped
public class CurrentUser {

    private static final Logger LOG = Logger.getLogger(CurrentUser.class.getName());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Texts.FRENCH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH'h'mm", Texts.FRENCH);

    @Inject
    private SecurityContext securityContext;

    @Inject
    private UserDirectory directory;

    @Inject
    private FacesContext faces;

    @Inject
    private SessionAudit sessionAudit;

    private Optional<UserSummary> summary;

    public boolean isSignedIn() {
        return summary().isPresent();
    }

    public String getDisplayName() {
        return summary().map(UserSummary::displayName).orElse("");
    }

    public String getOrganisation() {
        return summary().map(UserSummary::organisation).orElse("");
    }

    public String getLogin() {
        return summary().map(UserSummary::login).orElse("");
    }

    public boolean isFirstLogin() {
        return summary().map(s -> s.previousLoginAt() == null).orElse(false);
    }

    /** "Votre dernière connexion date du … à …", or an empty string on the first login. */
    public String getPreviousLogin() {
        return summary()
                .map(UserSummary::previousLoginAt)
                .map(at -> at.atZone(BusinessTime.zone()))
                .map(at -> Texts.get("shell.previousLogin", DAY.format(at), TIME.format(at)))
                .orElse("");
    }

    public String logout() throws ServletException {
        signOut();
        return "/index.xhtml?faces-redirect=true&deconnexion=1";
    }

    /**
     * "Me reconnecter maintenant", offered as the session nears its longest life: signs out, and the sign-in page then
     * brings the user back to the page they were on (given by the page as {@code retour}).
     */
    public String signInAgain() throws ServletException {
        HttpServletRequest request = signOut();
        SignInAgain.thenBackTo(
                request, faces.getExternalContext().getRequestParameterMap().get(SignInAgain.RETURN_PARAMETER));
        return "/connexion.xhtml?faces-redirect=true";
    }

    private HttpServletRequest signOut() throws ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpSession session = request.getSession(false);
        if (session != null) {
            sessionAudit.loggedOut(session, Clients.of(request));
        }
        SignedInSession.end(request);
        return request;
    }

    private Optional<UserSummary> summary() {
        if (summary == null) {
            Principal caller = securityContext.getCallerPrincipal();
            try {
                summary = caller == null ? Optional.empty() : directory.caller();
                if (caller != null && summary.isEmpty()) {
                    LOG.warning(() -> "The signed-in caller " + caller.getName()
                            + " is not in the directory; the page shows no signed-in header");
                }
            } catch (RuntimeException e) {
                // The header must render even on an error page raised by an unavailable database.
                LOG.log(
                        Level.WARNING,
                        "The signed-in caller " + caller.getName()
                                + " could not be read; the page shows no signed-in header",
                        e);
                summary = Optional.empty();
            }
        }
        return summary;
    }
}
