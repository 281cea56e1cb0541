package fr.mcp.web.api.habilitation;

import fr.mcp.identity.domain.ClientInfo;
import fr.mcp.web.security.Clients;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** The client of the current REST request, for audit entries. */
@RequestScoped
public class ApiClients {

    @Inject
    private HttpServletRequest request;

    public ClientInfo current() {
        return Clients.of(request);
    }
}
