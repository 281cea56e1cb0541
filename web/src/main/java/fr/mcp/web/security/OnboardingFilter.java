package fr.mcp.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;

/**
 * Until the first-login steps are done (terms of use, new password), a signed-in user reaches only the
 * first-login page, the terms, the help and the error pages; the REST API answers 403.
 */
@WebFilter(urlPatterns = {"*.xhtml", "/api/*"})
public class OnboardingFilter extends HttpFilter {

    public static final String PENDING_ATTRIBUTE = "mcp.onboardingPending";
    public static final String FIRST_LOGIN_PAGE = "/premiere-connexion.xhtml";
    private static final Set<String> ALLOWED = Set.of(
            FIRST_LOGIN_PAGE,
            "/conditions-utilisation.xhtml",
            "/probleme-connexion.xhtml",
            "/index.xhtml",
            "/connexion.xhtml");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        String path = request.getServletPath();
        boolean pending = session != null && Boolean.TRUE.equals(session.getAttribute(PENDING_ATTRIBUTE));
        if (pending && path.startsWith("/api")) {
            ApiRefusal.send(
                    response,
                    HttpServletResponse.SC_FORBIDDEN,
                    "Terminez d'abord votre première connexion sur le portail.");
            return;
        }
        if (pending && !ALLOWED.contains(path) && !path.startsWith("/erreur/")) {
            response.sendRedirect(request.getContextPath() + FIRST_LOGIN_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
