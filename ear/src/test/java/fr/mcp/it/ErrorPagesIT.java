package fr.mcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mcp.it.support.Api;
import fr.mcp.it.support.It;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Errors show French pages, with the right status and never a stack trace. */
class ErrorPagesIT {

    @Test
    void anUnknownPageAnswers404WithTheFrenchPage() throws Exception {
        Api.Reply reply = Api.get("/inconnue.xhtml");

        assertEquals(404, reply.status());
        assertTrue(reply.body().contains("Page introuvable"));
        assertTrue(reply.body().contains("lang=\"fr\""));
    }

    @Test
    void aFormPostedAfterTheSessionEndedShowsTheSessionExpiredPage() throws Exception {
        String viewState = viewStateOfTheLoginPage();

        // No session cookie: the view belongs to a session that no longer exists.
        HttpResponse<String> response = postLoginForm(viewState);

        assertTrue(response.body().contains("Session expirée"), response.body());
        assertNoStackTrace(response.body());
    }

    @Test
    void aTamperedFormShowsTheIncidentPageWithAReferenceAndNoStackTrace() throws Exception {
        HttpResponse<String> response = postLoginForm("not-a-view-state");

        assertTrue(response.body().contains("Une erreur est survenue"), response.body());
        assertTrue(response.body().matches("(?s).*Référence de l'incident : [0-9A-F]{8}.*"), response.body());
        assertNoStackTrace(response.body());
    }

    private static void assertNoStackTrace(String body) {
        assertFalse(body.matches("(?s).*\\bat [a-z]+\\.[a-zA-Z.$]+\\(.*"), "no stack frame in the page");
        assertFalse(body.contains("Caused by"), "no cause chain in the page");
    }

    private static String viewStateOfTheLoginPage() throws Exception {
        String page = Api.get("/connexion.xhtml").body();
        Matcher matcher = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(page);
        assertTrue(matcher.find(), "the login form carries a view state");
        return matcher.group(1);
    }

    private static HttpResponse<String> postLoginForm(String viewState) throws Exception {
        HttpRequest post = HttpRequest.newBuilder(URI.create(It.url("/connexion.xhtml")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "login=login&login%3AloginId=CAFADM&login%3Apassword=x&login%3Asubmit="
                                + "&jakarta.faces.ViewState=" + URLEncoder.encode(viewState, StandardCharsets.UTF_8)))
                .build();
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build()
                .send(post, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
