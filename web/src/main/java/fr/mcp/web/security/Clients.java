package fr.mcp.web.security;

import fr.mcp.identity.domain.ClientInfo;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/** The client of the current request, for security events. */
public final class Clients {

    private Clients() {}

    public static ClientInfo of(HttpServletRequest request) {
        return new ClientInfo(request.getRemoteAddr(), request.getHeader("User-Agent"));
    }

    public static ClientInfo current() {
        return of((HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }
}
