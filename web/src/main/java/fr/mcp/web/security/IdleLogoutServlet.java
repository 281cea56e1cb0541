package fr.mcp.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalLong;

/**
 * Where a page sends the browser when its idle countdown ends: the session ends here (recorded as a timeout by
 * {@link SessionAudit}), so that reaching the login page does not keep it alive. Only if the server too finds the
 * session idle: a tab left open must not sign out the user working in another one (or in another window whose page
 * could not tell this one); the browser then goes back to the page it left ({@code retour}). After the end, signing in
 * again brings the user back to that page.
 */
@WebServlet(IdleLogoutServlet.PATH)
public class IdleLogoutServlet extends HttpServlet {

    static final String PATH = "/session-expiree";
    private static final long serialVersionUID = 1L;

    @Inject
    private SessionPolicy policy;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        OptionalLong idle = SignedInSession.idleBefore(request);
        if (idle.isPresent() && idle.getAsLong() < policy.getWarningDelayMillis()) {
            response.sendRedirect(
                    LocalAddress.of(request.getContextPath(), request.getParameter(SignInAgain.RETURN_PARAMETER))
                            .orElse(request.getContextPath() + "/accueil.xhtml"));
            return;
        }
        SignedInSession.end(request);
        SignInAgain.thenBackTo(request, request.getParameter(SignInAgain.RETURN_PARAMETER));
        response.sendRedirect(SignInAgain.expired(request.getContextPath()));
    }
}
