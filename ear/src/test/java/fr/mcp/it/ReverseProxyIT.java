package fr.mcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mcp.it.support.Api;
import fr.mcp.it.support.It;
import fr.mcp.it.support.NewAccounts;
import fr.mcp.it.support.SecurityJournal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Behind the Caf's reverse proxy: the test server trusts the forwarded headers of requests from 127.0.0.1 only
 * ({@code mcp.proxy.addresses}, ear/pom.xml), as a production server trusts its proxies. The client's address the
 * security events record (and the per-address lock-out counts) is then the one the proxy saw, not the proxy's.
 */
class ReverseProxyIT {

    /** HTTP/1.1, as a reverse proxy speaks to the server behind it. */
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void theAddressRecordedForASignInIsTheClientsTheProxyForwardedNotTheProxys() throws Exception {
        HttpResponse<String> refused = throughProxy("ENFFDA", "Pas-le-bon-1!", "203.0.113.7");
        assertEquals(401, refused.statusCode(), refused.body());
        // The right password once the delay after a failure is over; it also leaves the account as other tests expect.
        NewAccounts.awaitSignInAllowed("ENFFDA");
        HttpResponse<String> served = throughProxy("ENFFDA", It.DEMO_PASSWORD, "198.51.100.4");
        assertEquals(200, served.statusCode(), served.body());

        assertTrue(
                addresses("ENFFDA", "LOGIN_FAILURE").contains("203.0.113.7"),
                "the failed sign-in's address: " + addresses("ENFFDA", "LOGIN_FAILURE"));
        assertTrue(
                addresses("ENFFDA", "LOGIN_SUCCESS").contains("198.51.100.4"),
                "the sign-in's address: " + addresses("ENFFDA", "LOGIN_SUCCESS"));
    }

    /** A call as the proxy makes it: the client's address in X-Forwarded-For, HTTPS received in X-Forwarded-Proto. */
    private static HttpResponse<String> throughProxy(String login, String password, String client) throws Exception {
        String credentials =
                Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create(It.url("/api/v1/me/connections?days=1")))
                        .header("Authorization", "Basic " + credentials)
                        .header("Accept", "application/json")
                        .header("X-Forwarded-For", client)
                        .header("X-Forwarded-Proto", "https")
                        .timeout(Api.PATIENCE)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static List<String> addresses(String login, String action) throws Exception {
        return SecurityJournal.events(login, action).stream()
                .map(row -> row.getString("clientAddress", ""))
                .toList();
    }
}
