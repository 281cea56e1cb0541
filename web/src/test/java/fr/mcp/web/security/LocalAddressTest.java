package fr.mcp.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocalAddressTest {

    @Test
    void aPathOfTheApplicationIsKeptWithItsQuery() {
        assertEquals(
                Optional.of("/partenaire/declaration.xhtml?id=5"),
                LocalAddress.of("", "/partenaire/declaration.xhtml?id=5"));
        assertEquals(Optional.of("/mcp/accueil.xhtml"), LocalAddress.of("/mcp", "/mcp/accueil.xhtml"));
    }

    @Test
    void anotherSiteOrAnotherApplicationIsRefused() {
        for (String elsewhere : new String[] {
            "//exemple.org/",
            "/\\exemple.org",
            "https://exemple.org/",
            "exemple.org",
            "",
            "/accueil.xhtml\r\nSet-Cookie: x=y",
            "/accueil.xhtml\tx",
            "/ /exemple.org"
        }) {
            assertTrue(LocalAddress.of("", elsewhere).isEmpty(), elsewhere);
        }
        assertTrue(LocalAddress.of("/mcp", "/autre/accueil.xhtml").isEmpty(), "outside the context");
        assertTrue(LocalAddress.of("/mcp", "/mcpx/accueil.xhtml").isEmpty(), "a context that only starts the same");
        assertTrue(LocalAddress.of("", null).isEmpty());
        assertTrue(LocalAddress.of("", "/" + "a".repeat(2_000)).isEmpty(), "too long");
    }
}
