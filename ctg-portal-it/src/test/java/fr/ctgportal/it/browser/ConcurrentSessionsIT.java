package fr.ctgportal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctgportal.dev.PayaraMicroServer;
import fr.ctgportal.it.env.TestEnvironment;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Many signed-in sessions of several users asking for their pages at the same time (issue 17): every
 * answer is the page itself, never "Accès refusé", and always the page of the session's own user (the
 * header names them; the data are their scope's). Payara 6 lost the caller's groups of some concurrent
 * requests (the session's principal was looked up in a security context shared by all threads), which
 * answered 403 to 1-14 % of them; see {@code fr.ctgportal.web.security.SessionCallerGroups}.
 *
 * <p>No browser: each session signs in through the real Keycloak login form with a plain HTTP client
 * keeping its own cookies (Keycloak's are {@code Secure}, which the JDK's cookie manager would not send
 * over HTTP). The verdict is a count of wrong answers, never a timing.
 */
class ConcurrentSessionsIT {

    /** Sessions per user: 4 users, 52 sessions at once. */
    private static final int SESSIONS_PER_USER = 13;
    /** Rounds of (home page, list page) per session. */
    private static final int ROUNDS = 4;

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(30))
            .executor(Executors.newFixedThreadPool(8)).build();
    private static final Pattern FORM_ACTION = Pattern
            .compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern HEADER_USER = Pattern
            .compile("id=\"utilisateur\" title=\"([^\"]*)\">([^<]*)</span>");

    private static PayaraMicroServer portal;

    /** A demo user, the pages they open, and what their home page must and must not show. */
    private record User(String login, String name, String home, String list, List<String> homeShows,
            List<String> homeNeverShows) {
    }

    private static final List<User> USERS = List.of(
            new User("direction.caf", "Isabelle Perrin – fictive", "/caf/index.xhtml", "/caf/recrutements/index.xhtml",
                    List.of("CA Alès Agglomération", "Nîmes Métropole"), List.of()),
            new User("conseil.sud", "Nicolas Chabert – fictif", "/caf/index.xhtml", "/caf/recrutements/index.xhtml",
                    List.of("Nîmes Métropole"), List.of("CA Alès Agglomération")),
            new User("rh.uzes", "Julien Roux – fictif", "/collectivite/index.xhtml",
                    "/collectivite/recrutements/index.xhtml", List.of("Uzès"), List.of("Alès")),
            new User("rh.ales", "Claire Martin – fictive", "/collectivite/index.xhtml",
                    "/collectivite/recrutements/index.xhtml", List.of("CA Alès Agglomération"), List.of("Uzès")));

    @BeforeAll
    static void startPortal() {
        portal = TestEnvironment.get().portal();
    }

    @Test
    void manySessionsOfSeveralUsersGetTheirOwnPagesAndNoRefusal() throws Exception {
        Tally tally = new Tally();
        List<Session> sessions = signInAll(tally);
        assertEquals(USERS.size() * SESSIONS_PER_USER, sessions.size());

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService load = Executors.newFixedThreadPool(sessions.size());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Session session : sessions) {
                done.add(load.submit(() -> {
                    start.await();
                    for (int round = 0; round < ROUNDS; round++) {
                        for (String page : List.of(session.user.home, session.user.list)) {
                            try {
                                tally.count(session.user, page, session.get(page));
                            } catch (IOException e) {
                                tally.failed(session.user, page, e.toString());
                            }
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> each : done) {
                each.get(10, TimeUnit.MINUTES);
            }
        } finally {
            load.shutdownNow();
        }

        String summary = tally + " (" + sessions.size() + " concurrent sessions of " + USERS.size() + " users)";
        System.out.println(summary);
        assertEquals(0, tally.refusals.get(), summary);
        assertEquals(0, tally.otherIdentity.get(), summary);
        assertEquals(0, tally.otherFailures.get(), summary);
        assertEquals(sessions.size() * (ROUNDS * 2 + 1), tally.answers.get(), summary);
    }

    /** What the sessions were answered. */
    private static final class Tally {

        final AtomicInteger answers = new AtomicInteger();
        final AtomicInteger refusals = new AtomicInteger();
        final AtomicInteger otherIdentity = new AtomicInteger();
        final AtomicInteger otherFailures = new AtomicInteger();
        final Queue<String> examples = new ConcurrentLinkedQueue<>();

        void count(User user, String page, HttpResponse<String> answer) {
            answers.incrementAndGet();
            String body = answer.body();
            if (answer.statusCode() == 403 || body.contains("Accès refusé")) {
                refusals.incrementAndGet();
                note(user, page, "refused (" + answer.statusCode() + ")");
            } else if (answer.statusCode() != 200) {
                failed(user, page,
                        "HTTP " + answer.statusCode() + " " + answer.headers().firstValue("Location").orElse(""));
            } else {
                String wrong = otherIdentity(user, page, body);
                if (wrong != null) {
                    otherIdentity.incrementAndGet();
                    note(user, page, wrong);
                }
            }
        }

        void failed(User user, String page, String what) {
            otherFailures.incrementAndGet();
            note(user, page, what);
        }

        private void note(User user, String page, String what) {
            if (examples.size() < 20) {
                examples.add(user.login + " " + page + ": " + what);
            }
        }

        @Override
        public String toString() {
            return answers + " answers: " + refusals + " refused, " + otherIdentity + " not the session's user's, "
                    + otherFailures + " other failures; e.g. "
                    + examples.stream().limit(10).collect(Collectors.joining("; "));
        }
    }

    @Test
    void aRefusalIsLoggedWithTheUserAndThePage() throws Exception {
        Session session = signIn(USERS.get(2), new LinkedHashMap<>(), new Tally());
        HttpResponse<String> refused = session.get("/caf/index.xhtml");
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("Accès refusé"), refused.body());
        // the log is written a moment later
        boolean logged = false;
        for (int i = 0; i < 60 && !logged; i++) {
            logged = Files.readString(portal.logFile(), StandardCharsets.UTF_8).lines()
                    .anyMatch(line -> line.contains("Access refused") && line.contains("rh.uzes")
                            && line.contains("/caf/index.xhtml"));
            if (!logged) {
                Thread.sleep(500);
            }
        }
        assertTrue(logged, "the portal's log names the user and the page refused");
    }

    /** @return what shows another user's page, or null when it is the session's user's own */
    private static String otherIdentity(User user, String page, String body) {
        Matcher header = HEADER_USER.matcher(body);
        if (!header.find()) {
            return "no user named in the header";
        }
        if (!header.group(1).equals(user.login) || !unescape(header.group(2)).equals(user.name)) {
            return "header names " + header.group(1) + " / " + header.group(2);
        }
        if (page.equals(user.home)) {
            String text = unescape(body);
            for (String shown : user.homeShows) {
                if (!text.contains(shown)) {
                    return "home page without " + shown;
                }
            }
            for (String never : user.homeNeverShows) {
                if (text.contains(never)) {
                    return "home page shows " + never;
                }
            }
        }
        return null;
    }

    /** Signs in every session, a few at a time (the sign-ins are not what this test measures). */
    private static List<Session> signInAll(Tally tally) throws Exception {
        ExecutorService signIns = Executors.newFixedThreadPool(4);
        try {
            List<Future<Session>> pending = new ArrayList<>();
            for (User user : USERS) {
                // the user's Keycloak single sign-on cookies, shared by their sessions after the first sign-in
                Map<String, String> keycloak = new LinkedHashMap<>();
                pending.add(signIns.submit(() -> signIn(user, keycloak, tally)));
                for (int i = 1; i < SESSIONS_PER_USER; i++) {
                    pending.add(signIns.submit(() -> {
                        synchronized (keycloak) {
                            while (!keycloak.containsKey("KEYCLOAK_IDENTITY")) {
                                keycloak.wait(1000);
                            }
                        }
                        return signIn(user, keycloak, tally);
                    }));
                }
            }
            List<Session> sessions = new ArrayList<>();
            for (Future<Session> each : pending) {
                sessions.add(each.get(5, TimeUnit.MINUTES));
            }
            return sessions;
        } finally {
            signIns.shutdownNow();
        }
    }

    /**
     * A new portal session of the user, signed in through Keycloak's login form (or its single sign-on); the
     * home page it lands on is counted.
     */
    private static Session signIn(User user, Map<String, String> keycloak, Tally tally) throws Exception {
        Session session = new Session(user);
        HttpResponse<String> answer = session.send(HttpRequest.newBuilder(URI.create(portal.baseUrl() + "/")));
        URI next = location(answer);
        // Keycloak: its login form, or straight back to the portal when the user's single sign-on session exists
        for (int hop = 0; hop < 5 && !next.toString().startsWith(portal.baseUrl()); hop++) {
            HttpResponse<String> atKeycloak;
            synchronized (keycloak) {
                atKeycloak = cookies(keycloak, HTTP.send(withCookies(HttpRequest.newBuilder(next), keycloak).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            if (atKeycloak.statusCode() == 200) {
                Matcher form = FORM_ACTION.matcher(atKeycloak.body());
                assertTrue(form.find(), "Keycloak's login form: " + atKeycloak.body());
                String body = "username=" + enc(user.login) + "&password=" + enc(BrowserTest.PASSWORD)
                        + "&credentialId=";
                synchronized (keycloak) {
                    atKeycloak = cookies(keycloak, HTTP.send(
                            withCookies(HttpRequest.newBuilder(URI.create(form.group(1).replace("&amp;", "&"))),
                                    keycloak).header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString()));
                    keycloak.notifyAll();
                }
            }
            next = location(atKeycloak);
        }
        // the portal's callback, then its redirects to the user's home page
        answer = session.follow(next);
        assertTrue(answer.uri().toString().startsWith(portal.baseUrl()), "signed in: " + answer.uri());
        tally.count(user, answer.uri().getPath(), answer);
        return session;
    }

    private static URI location(HttpResponse<String> answer) {
        String location = answer.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("a redirect expected from " + answer.uri() + ": "
                        + answer.statusCode() + " " + answer.body()));
        return answer.uri().resolve(location);
    }

    private static HttpRequest.Builder withCookies(HttpRequest.Builder request, Map<String, String> cookies) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return request.timeout(Duration.ofMinutes(3));
    }

    /** Keeps the cookies an answer sets, forgets those it ends. */
    private static HttpResponse<String> cookies(Map<String, String> jar, HttpResponse<String> answer) {
        for (String set : answer.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq).strip();
            String value = pair.substring(eq + 1).strip();
            String lower = set.toLowerCase();
            if (value.isEmpty() || lower.contains("max-age=0") || lower.contains("expires=thu, 01 jan 1970")) {
                jar.remove(name);
            } else {
                jar.put(name, value);
            }
        }
        return answer;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The few entities Faces writes in the texts compared here. */
    private static String unescape(String html) {
        Matcher entity = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(html);
        StringBuilder text = new StringBuilder();
        while (entity.find()) {
            int code = Integer.parseInt(entity.group(2), entity.group(1).isEmpty() ? 10 : 16);
            entity.appendReplacement(text, Matcher.quoteReplacement(Character.toString(code)));
        }
        entity.appendTail(text);
        return text.toString().replace("&nbsp;", "\u00a0").replace("&quot;", "\"").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
    }

    /** One signed-in portal session: its own cookies, used by one thread at a time. */
    private static final class Session {

        final User user;
        private final Map<String, String> cookies = new LinkedHashMap<>();

        Session(User user) {
            this.user = user;
        }

        /** The page, after the portal's own redirects (the home page routes each user to their area). */
        HttpResponse<String> get(String page) throws IOException {
            return follow(URI.create(portal.baseUrl() + page));
        }

        HttpResponse<String> follow(URI uri) throws IOException {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(uri));
            for (int hop = 0; hop < 5 && answer.statusCode() / 100 == 3; hop++) {
                URI next = location(answer);
                if (!next.toString().startsWith(portal.baseUrl())) {
                    return answer; // sent to sign in again: the session was lost
                }
                answer = send(HttpRequest.newBuilder(next));
            }
            return answer;
        }

        HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
            try {
                return cookies(cookies, HTTP.send(withCookies(request.header("Accept-Language", "fr-FR,fr"), cookies)
                        .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
    }
}
