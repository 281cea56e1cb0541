package fr.mcp.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where a page tells the server that its user is working without sending anything (typing a long text, reading a long
 * page): reaching it, through {@link SignedInSessionFilter}, renews the session's inactivity as any request does, so the
 * session expires after the same idle time the page counts. 204 while signed in; a session already over gets the
 * filter's answer (sent to the sign-in page with the reason). Only from the portal's own script: a page of another
 * site cannot send the header without the browser asking this server first, which it does not allow.
 */
@WebServlet(SessionActivityServlet.PATH)
public class SessionActivityServlet extends HttpServlet {

    static final String PATH = "/session-active";
    private static final long serialVersionUID = 1L;
    static final String HEADER = "X-MCP-Activity";

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (request.getHeader(HEADER) == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        } else if (request.getRemoteUser() == null) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        }
    }
}
