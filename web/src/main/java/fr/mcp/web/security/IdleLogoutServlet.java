package fr.mcp.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where the page sends the browser when the idle countdown ends: the session ends here (recorded as a timeout
 * by {@link SessionAudit}), so that reaching the login page does not keep it alive.
 */
@WebServlet("/session-expiree")
public class IdleLogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        SignedInSession.end(request);
        response.sendRedirect(request.getContextPath() + "/connexion.xhtml?expiree=1");
    }
}
