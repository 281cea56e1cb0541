package fr.mcp.web.api;

import fr.mcp.web.security.PortalAuthenticationMechanism;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * A call made with an API token reaches only the declarations and the imports: never the account (tokens, password,
 * connections), the administration of users and rights, nor the Caf's screens — whatever roles its holder has.
 */
@Provider
public class TokenScopeFilter implements ContainerRequestFilter {

    static final List<String> OPEN_TO_TOKENS = List.of("v1/declarations", "v1/imports", "v1/estimates");

    @Context
    private HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (request.getAttribute(PortalAuthenticationMechanism.TOKEN_SCOPE_ATTRIBUTE) == null) {
            return;
        }
        String path = context.getUriInfo().getPath();
        String relative = path.startsWith("/") ? path.substring(1) : path;
        if (OPEN_TO_TOKENS.stream().noneMatch(prefix -> relative.equals(prefix) || relative.startsWith(prefix + "/"))) {
            context.abortWith(Response.status(403)
                    .type(MediaType.APPLICATION_JSON)
                    .entity(ApiError.of(
                            403,
                            List.of("Un jeton d'API n'ouvre que les déclarations et les imports ;"
                                    + " cette opération se fait dans le portail.")))
                    .build());
        }
    }
}
