package fr.mcp.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignInAgainTest {

    /** A request in memory to the application at /mcp. */
    private static HttpServletRequest request(
            String method, String servletPath, String query, Map<String, String> parameters) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                SignInAgainTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getServletPath" -> servletPath;
                    case "getRequestURI" -> "/mcp" + servletPath;
                    case "getContextPath" -> "/mcp";
                    case "getQueryString" -> query;
                    case "getParameter" -> parameters.get((String) args[0]);
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    @Test
    void theSignInPageGivesTheReasonWhenThereIsOne() {
        assertEquals("/mcp/connexion.xhtml?duree=1", SignInAgain.address("/mcp", "duree"));
        assertEquals("/mcp/connexion.xhtml", SignInAgain.address("/mcp", null));
    }

    @Test
    void aUserIsBroughtBackToAPageAskedWithItsQueryButNotToAResourceNorAfterAPost() {
        assertEquals(
                "/mcp/partenaire/declaration.xhtml?id=12",
                SignInAgain.pageAsked(request("GET", "/partenaire/declaration.xhtml", "id=12", Map.of())));
        assertEquals("/mcp/accueil.xhtml", SignInAgain.pageAsked(request("GET", "/accueil.xhtml", null, Map.of())));
        assertNull(
                SignInAgain.pageAsked(request("POST", "/partenaire/declaration.xhtml", null, Map.of())),
                "an Ajax save has no page address");
        assertNull(SignInAgain.pageAsked(
                request("GET", "/jakarta.faces.resource/theme.css.xhtml", "ln=primefaces", Map.of())));
        assertNull(SignInAgain.pageAsked(request("GET", "/favicon.svg", null, Map.of())));
    }

    @Test
    void theIdleScriptsCallsGiveThePageTheyComeFrom() {
        Map<String, String> back = Map.of("retour", "/mcp/partenaire/declaration.xhtml?id=12");
        assertEquals(
                "/mcp/partenaire/declaration.xhtml?id=12",
                SignInAgain.pageAsked(request("POST", "/session-active", null, back)));
        assertEquals(
                "/mcp/partenaire/declaration.xhtml?id=12",
                SignInAgain.pageAsked(request("GET", "/session-expiree", "retour=x", back)));
    }
}
