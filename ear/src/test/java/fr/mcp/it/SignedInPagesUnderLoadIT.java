package fr.mcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mcp.it.support.CampaignFixture;
import fr.mcp.it.support.It;
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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A page served to a signed-in request names its own caller, whatever else happens at the same time. Signed-in
 * sessions of eight users, two per user, each signing in through the portal's form as a browser does, walk their menus
 * in parallel on the test server (40-second idle timeout, rights read again on every request) while: a second "tab" of
 * each session asks for the welcome page from before its sign-in is done; a campaign is launched, so that its tick works
 * beside them; some sessions pause for 30 seconds, near the idle timeout, before going on. Every page served after the
 * sign-in must carry the signed-in header with its user's name and no other's; what differs is reported in full.
 */
class SignedInPagesUnderLoadIT {

    private static final Map<String, String> FIRST_NAMES = Map.of("CAFADM", "Claire", "CAFREV", "Louis", "PARADM", "Sophie",
            "ENFRESP", "Julien", "ENFFDA", "Camille", "ENFFDF", "Thomas", "ENFAPP", "Nathalie", "ASSADM", "Paul");
    private static final Pattern HEADER = Pattern.compile("<p class=\"mcp-user-name\">([^<]*)</p>");
    private static final Pattern MENU = Pattern.compile("(?s)<nav id=\"menu\".*?</nav>");
    private static final Pattern LINK = Pattern.compile("href=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final int ROUNDS = 6;

    private final ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pages = new AtomicInteger();

    @Test
    void everySignedInPageNamesItsOwnCallerUnderParallelSessionsACampaignTickAndPausesNearTheTimeout() throws Exception {
        List<String> logins = new ArrayList<>(FIRST_NAMES.keySet());
        ExecutorService pool = Executors.newFixedThreadPool(logins.size() * 4);
        try {
            CountDownLatch allSignedIn = new CountDownLatch(logins.size() * 2);
            List<Future<?>> sessions = new ArrayList<>();
            for (int copy = 0; copy < 2; copy++) {
                boolean pauses = copy == 1;
                for (String login : logins) {
                    sessions.add(pool.submit(() -> {
                        session(pool, login, pauses, allSignedIn);
                        return null;
                    }));
                }
            }
            allSignedIn.await();
            int year = CampaignFixture.freeYear();
            assertEquals(202, CampaignFixture.launch(year, LocalDate.now(), LocalDate.now().plusDays(20)).status(), "a campaign ticks beside the sessions");
            for (Future<?> session : sessions) {
                session.get();
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println("SignedInPagesUnderLoadIT: " + pages.get() + " signed-in pages checked, " + wrong.size() + " wrong");
        assertTrue(wrong.isEmpty(), wrong.size() + " signed-in page(s) without their caller:\n" + String.join("\n\n", wrong));
        assertTrue(pages.get() > logins.size() * 2 * ROUNDS, "pages were checked: " + pages.get());
    }

    private void session(ExecutorService pool, String login, boolean pauses, CountDownLatch allSignedIn) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String signInPage = get(client, "/connexion.xhtml").body();
        Matcher viewState = VIEW_STATE.matcher(signInPage);
        assertTrue(viewState.find(), "the sign-in form carries a view state");
        // A second tab of the same browser asks for the welcome page while the first signs in.
        Future<?> secondTab = pool.submit(() -> get(client, "/accueil.xhtml"));
        HttpResponse<String> welcome = client.send(HttpRequest.newBuilder(URI.create(It.url("/connexion.xhtml")))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString("login_SUBMIT=1&login%3AloginId=" + login + "&login%3Apassword="
                        + URLEncoder.encode(It.DEMO_PASSWORD, StandardCharsets.UTF_8) + "&login%3Asubmit="
                        + "&jakarta.faces.ViewState=" + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        secondTab.get();
        allSignedIn.countDown();
        check(login, welcome);
        Set<String> menu = new LinkedHashSet<>();
        Matcher nav = MENU.matcher(welcome.body());
        if (nav.find()) {
            Matcher link = LINK.matcher(nav.group());
            while (link.find()) {
                menu.add(link.group(1).replace("&amp;", "&"));
            }
        }
        menu.add("/accueil.xhtml");
        for (int round = 0; round < ROUNDS; round++) {
            if (pauses && round == ROUNDS / 2) {
                pauseNearTheTimeout();
            }
            // The second tab again, at the same time as the first.
            Future<HttpResponse<String>> other = pool.submit(() -> get(client, "/accueil.xhtml"));
            for (String page : menu) {
                check(login, get(client, page));
            }
            check(login, other.get());
        }
    }

    /** 30 seconds without a request: within the test server's 40-second idle timeout, the session goes on. */
    private static void pauseNearTheTimeout() throws InterruptedException {
        Instant until = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(until)) {
            Thread.sleep(Duration.between(Instant.now(), until).toMillis() + 1);
        }
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
                    + page.body().replaceAll("(?s)<script.*?</script>", "").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " "));
        }
    }

    private static HttpResponse<String> get(HttpClient client, String path) throws Exception {
        String address = path.startsWith("http") ? path : It.url(path);
        return client.send(HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
