package fr.mcp.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MailTemplateRendererTest {

    private final MailTemplateRenderer renderer =
            new MailTemplateRenderer(getClass().getClassLoader());

    @Test
    void rendersSubjectAndBodyWithTheirValues() {
        MailContent content = renderer.render("test-greeting", Map.of("name", "Hélène", "service", "AFAS"));

        assertEquals("Bienvenue Hélène", content.subject());
        assertEquals(
                "Bonjour Hélène,\n\nVotre accès à AFAS est ouvert ($ et \\ restent tels quels).\n", content.body());
    }

    @Test
    void refusesToSendAMailWithAMissingValue() {
        IllegalArgumentException error = assertThrows(
                IllegalArgumentException.class, () -> renderer.render("test-greeting", Map.of("name", "Hélène")));
        assertTrue(error.getMessage().contains("service"));
    }

    @Test
    void refusesUnknownTemplatesAndPathTricks() {
        assertThrows(IllegalArgumentException.class, () -> renderer.render("does-not-exist", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> renderer.render("../persistence", Map.of()));
    }

    @Test
    void theShippedMailCheckTemplateRenders() {
        MailContent content = renderer.render(
                "mail-check", Map.of("requestedBy", "CAFADM", "requestedAt", "24 novembre 2026 à 10h00"));

        assertEquals("Mon Compte Partenaire - e-mail de vérification", content.subject());
        assertTrue(content.body().contains("demandé par CAFADM le 24 novembre 2026 à 10h00"));
    }
}
