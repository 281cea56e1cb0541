package fr.mcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mcp.it.support.Api;
import fr.mcp.it.support.CampaignFixture;
import fr.mcp.it.support.It;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A page served to a signed-in request names its own caller, whatever else happens at the same time. Signed-in
 * sessions of eight users, three per user, each signing in through the portal's form as a browser does, walk their
 * menus in parallel on the test server (40-second idle timeout, rights read again on every request) while: a second
 * "tab" of each session opens the welcome page as soon as its sign-in answers, and again beside every round; a campaign
 * is launched, so that its tick works beside them; some sessions stay idle while the steady ones walk their menus (up
 * to 30 seconds, near the idle timeout), then go on; and a third session of each user signs out halfway (a user leaving one browser while working in another:
 * before each sign-in had a cache key of its own, {@code OwnSignIn}, the user's browsers shared one SSO cookie and that
 * sign-out ended the others). Every page served after the sign-in must carry the signed-in header with its user's name
 * and no other's; what differs is reported in full. Tagged {@code load}: it exercises the sessions, not the database,
 * so CI runs it in its Derby lane only.
 */
@Tag("load")
class SignedInPagesUnderLoadIT {

    private static final Map<String, String> FIRST_NAMES = Map.of(
            "CAFADM",
            "Claire",
            "CAFREV",
            "Louis",
            "PARADM",
            "Sophie",
            "ENFRESP",
            "Julien",
            "ENFFDA",
            "Camille",
            "ENFFDF",
            "Thomas",
            "ENFAPP",
            "Nathalie",
            "ASSADM",
            "Paul");
    private static final Pattern HEADER = Pattern.compile("<p class=\"mcp-user-name\">([^<]*)</p>");
    private static final Pattern MENU = Pattern.compile("(?s)<nav id=\"menu\".*?</nav>");
    private static final Pattern LINK = Pattern.compile("href=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final int ROUNDS = 6;

    /** How a session spends its rounds: steadily, with a pause near the idle timeout, or signing out halfway. */
    private enum Kind {
        STEADY,
        PAUSES,
        LEAVES
    }

    private final ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pages = new AtomicInteger();

    @Test
    void everySignedInPageNamesItsOwnCallerUnderParallelSessionsACampaignTickAndPausesNearTheTimeout()
            throws Exception {
        List<String> logins = new ArrayList<>(FIRST_NAMES.keySet());
        ExecutorService pool = Executors.newFixedThreadPool(logins.size() * 4);
        try {
            CountDownLatch allSignedIn = new CountDownLatch(logins.size() * 3);
            CountDownLatch steadyDone = new CountDownLatch(logins.size());
            List<Future<?>> sessions = new ArrayList<>();
            for (Kind kind : Kind.values()) {
                for (String login : logins) {
                    sessions.add(pool.submit(() -> {
                        session(pool, login, kind, allSignedIn, steadyDone);
                        return null;
                    }));
                }
            }
            // Bounded: a session that fails to sign in still counts down, and its failure comes out of its future.
            allSignedIn.await(3, TimeUnit.MINUTES);
            int year = CampaignFixture.freeYear();
            assertEquals(
                    202,
                    CampaignFixture.launch(
                                    year, LocalDate.now(), LocalDate.now().plusDays(20))
                            .status(),
                    "a campaign ticks beside the sessions");
            for (Future<?> session : sessions) {
                session.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println(
                "SignedInPagesUnderLoadIT: " + pages.get() + " signed-in pages checked, " + wrong.size() + " wrong");
        assertTrue(
                wrong.isEmpty(),
                wrong.size() + " signed-in page(s) without their caller:\n" + String.join("\n\n", wrong));
        assertTrue(pages.get() > logins.size() * 2 * ROUNDS, "pages were checked: " + pages.get());
    }

    private void session(
            ExecutorService pool, String login, Kind kind, CountDownLatch allSignedIn, CountDownLatch steadyDone)
            throws Exception {
        try {
            walk(pool, login, kind, allSignedIn, steadyDone);
        } finally {
            if (kind == Kind.STEADY) {
                steadyDone.countDown();
            }
        }
    }

    private void walk(
            ExecutorService pool, String login, Kind kind, CountDownLatch allSignedIn, CountDownLatch steadyDone)
            throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        HttpResponse<String> welcome;
        try {
            String signInPage = get(client, "/connexion.xhtml").body();
            Matcher viewState = VIEW_STATE.matcher(signInPage);
            assertTrue(viewState.find(), "the sign-in form carries a view state");
            welcome = client.send(
                    HttpRequest.newBuilder(URI.create(It.url("/connexion.xhtml")))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .timeout(Api.PATIENCE)
                            .POST(HttpRequest.BodyPublishers.ofString("login_SUBMIT=1&login%3AloginId=" + login
                                    + "&login%3Apassword="
                                    + URLEncoder.encode(It.DEMO_PASSWORD, StandardCharsets.UTF_8) + "&login%3Asubmit="
                                    + "&jakarta.faces.ViewState="
                                    + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } finally {
            allSignedIn.countDown();
        }
        // A second tab of the same browser opens the welcome page as soon as the sign-in answers, beside the first.
        Future<HttpResponse<String>> secondTab = pool.submit(() -> get(client, "/accueil.xhtml"));
        check(login, welcome);
        check(login, secondTab.get(2, TimeUnit.MINUTES));
        Set<String> menu = new LinkedHashSet<>();
        Matcher nav = MENU.matcher(welcome.body());
        if (nav.find()) {
            Matcher link = LINK.matcher(nav.group());
            while (link.find()) {
                menu.add(link.group(1).replace("&amp;", "&"));
            }
        }
        menu.add("/accueil.xhtml");
        HttpResponse<String> last = welcome;
        for (int round = 0; round < ROUNDS; round++) {
            if (kind == Kind.PAUSES && round == ROUNDS / 2) {
                // Idle while the steady sessions walk their menus: at most 30 s, within the 40-second timeout.
                steadyDone.await(30, TimeUnit.SECONDS);
            }
            if (kind == Kind.LEAVES && round == ROUNDS / 2) {
                signOut(client, last);
                return;
            }
            // The second tab again, at the same time as the first.
            Future<HttpResponse<String>> other = pool.submit(() -> get(client, "/accueil.xhtml"));
            for (String page : menu) {
                last = get(client, page);
                check(login, last);
            }
            check(login, other.get());
        }
    }

    /** The header's "Se déconnecter", from the last page shown. */
    private static void signOut(HttpClient client, HttpResponse<String> page) throws Exception {
        Matcher viewState = VIEW_STATE.matcher(page.body());
        assertTrue(viewState.find(), "the page carries a view state: " + page.uri());
        HttpResponse<String> out = client.send(
                HttpRequest.newBuilder(page.uri())
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .timeout(Api.PATIENCE)
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "logoutForm_SUBMIT=1&logoutForm%3Alogout=x&jakarta.faces.ViewState="
                                        + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertTrue(!HEADER.matcher(out.body()).find(), "signed out: " + out.uri());
    }

    private void check(String login, HttpResponse<String> page) {
        pages.incrementAndGet();
        Matcher header = HEADER.matcher(page.body());
        String problem = null;
        if (page.statusCode() != 200) {
            problem = "status " + page.statusCode();
        } else if (!header.find()) {
            problem = "no signed-in header";
        } else if (!header.group(1).contains(FIRST_NAMES.get(login))) {
            problem = "the header names « " + header.group(1) + " »";
        }
        if (problem != null) {
            wrong.add(login + " on " + page.uri() + " at " + Instant.now() + ": " + problem + "\n"
                    + page.body()
                            .replaceAll("(?s)<script.*?</script>", "")
                            .replaceAll("<[^>]+>", " ")
                            .replaceAll("\\s+", " "));
        }
    }

    private static HttpResponse<String> get(HttpClient client, String path) throws Exception {
        String address = path.startsWith("http") ? path : It.url(path);
        try {
            return client.send(
                    HttpRequest.newBuilder(URI.create(address))
                            .timeout(Api.PATIENCE)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IOException("GET " + address + " at " + Instant.now() + ": " + e.getMessage(), e);
        }
    }
}
