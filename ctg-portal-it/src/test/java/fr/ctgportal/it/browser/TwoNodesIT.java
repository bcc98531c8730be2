package fr.ctgportal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.ctgportal.dev.DatabaseBackup;
import fr.ctgportal.dev.EmbeddedDatabase;
import fr.ctgportal.dev.PayaraMicroServer;
import fr.ctgportal.dev.ReverseProxy;
import fr.ctgportal.it.env.TestEnvironment;
import fr.ctgportal.process.FileTrees;
import fr.ctgportal.realm.KeycloakServer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.Select;

/**
 * Two nodes of the portal in one cluster (Payara Micro, Hazelcast on 127.0.0.1, sessions in the data
 * grid) behind HAProxy (sticky sessions, health checks on {@code /health/ready}), on a database
 * restored from a backup of the test database (so the portal is also seen starting on a restored
 * backup), with its own GreenMail. One start serves every check, in order: the daily job run on both
 * nodes at the same instant reminds once; a full outbox delivered by both relays at once sends each
 * mail once; both nodes leave the proxy while the database is down and come back by themselves; a
 * sign-in started on a node that dies (OpenID Connect state in the session) ends on the other at the
 * callback; a parameter change recorded on one node is used by the other. The last check (a user
 * signed in keeps their session and filled form when their node is killed) is disabled: Payara's
 * OpenID Connect context is not replicated (see it).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    /** The operations tests' ports: 52000-52999. The realm accepts the proxy's. */
    static final int PROXY_PORT = 52080;
    static final int DB_PORT = 52307;
    static final int SMTP_PORT = 52025;
    static final Map<String, Integer> NODES = new LinkedHashMap<>(Map.of("node1", 52081));
    static final List<Integer> DATA_GRID = List.of(52701, 52702);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static {
        NODES.put("node2", 52082);
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static Path work;
    private static EmbeddedDatabase database;
    private static GreenMail mail;
    private static final Map<String, PayaraMicroServer> nodes = new LinkedHashMap<>();
    private static ReverseProxy proxy;
    private static Browser browser;

    @BeforeAll
    static void startTwoNodesAndTheProxy() throws Exception {
        TestEnvironment env = TestEnvironment.get();
        env.portal(); // the test database has its schema and demo data
        KeycloakServer keycloak = env.keycloak();
        work = env.work().resolve("two-nodes");
        FileTrees.delete(work);

        DatabaseBackup backup = new DatabaseBackup(env.work().resolve("mariadb/base/bin"));
        Path file = work.resolve("ctg-backup.sql.gz");
        backup.save(
                DatabaseBackup.Target.of(env.database().jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD),
                file);
        database = new EmbeddedDatabase(work.resolve("mariadb"), DB_PORT);
        database.start();
        backup.restore(file,
                DatabaseBackup.Target.of(database.jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD));

        mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        mail.start();

        Map<String, String> settings = new HashMap<>(Map.of("CTG_DB_URL", database.jdbcUrl(), "CTG_DB_USER",
                EmbeddedDatabase.USER, "CTG_DB_PASSWORD", EmbeddedDatabase.PASSWORD, "CTG_DEMO_DATA", "true",
                "CTG_MAIL_HOST", "127.0.0.1", "CTG_MAIL_PORT", Integer.toString(SMTP_PORT), "CTG_OIDC_PROVIDER_URI",
                keycloak.issuerUri(), "CTG_PORTAL_URL", "http://localhost:" + PROXY_PORT, "CTG_TEST_HOOKS", "true"));
        int i = 0;
        for (Map.Entry<String, Integer> node : NODES.entrySet()) {
            nodes.put(node.getKey(), new PayaraMicroServer(env.runtime().resolve("payara-micro.jar"),
                    env.runtime().resolve("ctg-portal-web.war"), node.getValue(), work.resolve(node.getKey()), settings,
                    new PayaraMicroServer.Cluster("ctg-two-nodes-it", node.getKey(), DATA_GRID.get(i++), DATA_GRID)));
        }
        // one after the other: started at the same instant on a loaded machine, a node was once seen
        // deployed but never answering /health/ready
        nodes.values().forEach(node -> node.start(Duration.ofMinutes(8)));
        proxy = new ReverseProxy(PROXY_PORT, NODES, work.resolve("haproxy"));
        proxy.start(Duration.ofMinutes(1));
        awaitTrue(() -> nodes.values().stream().allMatch(n -> logContains(n, "DG Size: " + NODES.size())),
                Duration.ofMinutes(1), "the two nodes formed one cluster");
    }

    @AfterAll
    static void stopEverything() {
        List<Runnable> stops = new ArrayList<>();
        if (browser != null) {
            stops.add(browser::close);
        }
        if (proxy != null) {
            stops.add(proxy::stop);
        }
        nodes.values().forEach(node -> stops.add(node::stop));
        if (mail != null) {
            stops.add(mail::stop);
        }
        if (database != null) {
            stops.add(database::stop);
        }
        for (Runnable stop : stops) {
            try {
                stop.run();
            } catch (RuntimeException e) {
                System.err.println("stop: " + e);
            }
        }
    }

    @Test
    @Order(1)
    void theDailyJobRunOnBothNodesAtTheSameInstantRemindsOnce() throws Exception {
        int year = LocalDate.now(PARIS).getYear() + 9; // a year no other test reminds
        String day = LocalDate.of(year + 1, 6, 20).toString();
        List<String> answers = onBothNodesAtOnce("/test/jobs?job=REPORT_REMINDERS&day=" + day);
        assertEquals(1, answers.stream().filter(a -> a.contains("REPORT_REMINDERS=")).count(), answers.toString());
        assertEquals(1, answers.stream().filter(a -> a.endsWith("{}")).count(), answers.toString());
        assertNotEquals(answers.get(0).lines().findFirst(), answers.get(1).lines().findFirst(), "two JVMs answered");

        String subject = "Rappel : rapport d’activité " + year + " à remettre";
        long queued = number("select count(*) from outgoing_mail where subject like ?", subject + "%");
        assertTrue(queued >= 1, "reminders queued");
        awaitTrue(() -> number("select count(*) from outgoing_mail where subject like ? and sent_at is null",
                subject + "%") == 0, Duration.ofSeconds(90), "reminders sent");
        List<String> received = received(m -> m.subject().startsWith(subject));
        assertEquals(queued, received.size(), "each reminder once: " + received);
        assertEquals(received.size(), received.stream().distinct().count(), "no reminder twice: " + received);
        assertEquals(1, number("select count(*) from job_run where job = 'REPORT_REMINDERS' and run_day = ?", day));
    }

    @Test
    @Order(2)
    void aFullOutboxDeliveredByBothRelaysAtOnceSendsEachMailOnce() throws Exception {
        int mails = 40;
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            for (int i = 0; i < mails; i++) {
                update(c, "insert into outgoing_mail (recipient, subject, body, queued_at, attempts) values (?, ?, "
                        + "'Corps', current_timestamp(3), 0)", "relais-" + i + "@two-nodes.invalid",
                        "Deux relais " + i);
            }
            c.commit();
        }
        onBothNodesAtOnce("/test/relay");
        awaitTrue(() -> number("select count(*) from outgoing_mail where recipient like ? and sent_at is null",
                "%@two-nodes.invalid") == 0, Duration.ofSeconds(90), "outbox delivered");
        for (int i = 0; i < mails; i++) {
            String to = "relais-" + i + "@two-nodes.invalid";
            assertEquals(1, received(m -> m.to().contains(to)).size(), to);
        }
        assertEquals(0, number("select count(*) from outgoing_mail where recipient like ? and attempts <> 1",
                "%@two-nodes.invalid"), "one attempt each");
    }

    @Test
    @Order(3)
    void bothNodesAreOutOfTheProxyWhileTheDatabaseIsDownAndRecoverByThemselves() {
        database.stop();
        try {
            awaitTrue(() -> NODES.values().stream().allMatch(port -> status("http://127.0.0.1:" + port) == 503),
                    Duration.ofSeconds(60), "both nodes not ready");
            awaitTrue(() -> NODES.keySet().stream().allMatch(n -> "DOWN".equals(proxyState(n))),
                    Duration.ofSeconds(60), "the proxy took both nodes out");
            assertEquals(503, status(proxy.baseUrl()), "the proxy has no node to send to");
        } finally {
            database.start();
        }
        awaitTrue(() -> NODES.values().stream().allMatch(port -> status("http://127.0.0.1:" + port) == 200),
                Duration.ofSeconds(60), "both nodes ready again");
        awaitTrue(() -> NODES.keySet().stream().allMatch(n -> "UP".equals(proxyState(n))), Duration.ofSeconds(60),
                "the proxy sends to both again");
    }

    /** The last state HAProxy logged for that node ("UP", "DOWN"), "UP" if none yet (checks start UP). */
    private static String proxyState(String node) {
        String state = "UP";
        for (String line : proxyLog()) {
            int at = line.indexOf("Server nodes/" + node + " is ");
            if (at >= 0) {
                state = line.substring(at + ("Server nodes/" + node + " is ").length()).split("[ ,]")[0];
            }
        }
        return state;
    }

    /** The status of {@code /health/ready} there, or 0 when nothing answers. */
    private static int status(String baseUrl) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/health/ready"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    @Test
    @Order(4)
    void aSignInStartedOnANodeThatDiesEndsOnTheOtherInTheSameSession() {
        browser = new Browser(work.resolve("browser"));
        browser.open(proxy.baseUrl() + "/");
        browser.waitFor(By.id("username")); // Keycloak's page: the OpenID Connect state is in the session
        String first = servingNode();
        nodes.get(first).kill();

        browser.signIn("direction.caf", BrowserTest.PASSWORD);
        awaitTrue(() -> browser.driver().getCurrentUrl().startsWith(proxy.baseUrl())
                && !browser.driver().findElements(By.tagName("h1")).isEmpty(), Duration.ofSeconds(60),
                "signed in, back on the portal");
        assertNotEquals(first, servingNode(), "the callback came to the other node");
        // The session id changes at sign-in (against session fixation), so the proof that the other node
        // found the sign-in's state (kept in the session by the node that died) is the proxy's log: one
        // callback, served by the other node, answered by the portal's own redirect, with no second
        // round trip to Keycloak.
        List<String> callbacks = proxyLog().stream().filter(line -> line.contains("\"GET /Callback?")).toList();
        assertEquals(1, callbacks.size(), callbacks.toString());
        assertTrue(callbacks.get(0).contains("nodes/" + servingNode() + " ") && callbacks.get(0).contains(" 302 "),
                callbacks.get(0));
        assertEquals("Territoires Ctg", browser.heading(), "the manager's home page");

        nodes.get(first).start(Duration.ofMinutes(8)); // back in the cluster for the next checks
        awaitTrue(() -> logContains(nodes.get(first), "DG Size: " + NODES.size()), Duration.ofMinutes(1),
                first + " joined the cluster again");
        awaitTrue(() -> proxyAnswersFrom(first), Duration.ofSeconds(30), "the proxy sends requests to " + first);
    }

    @Test
    @Order(5)
    void aParameterChangeOnOneNodeIsUsedByTheOther() {
        LocalDate first = LocalDate.now(PARIS).plusDays(3000);
        String serving = servingNode();
        String other = NODES.keySet().stream().filter(n -> !n.equals(serving)).findFirst().orElseThrow();
        assertEquals("2", hook(other, "/test/doctrine?parameter=VACANCY_GRACE_MONTHS&on=" + first),
                "the other node's doctrine, read before the change");

        browser.open(proxy.baseUrl() + "/parametres.xhtml");
        fill(first, "7", "Changement sur " + serving + " (deux nœuds)");
        browser.driver().findElement(By.id("change:record")).click();
        browser.waitForText(By.id("messages"), "Nouvelle valeur enregistrée.");
        assertEquals(serving, servingNode(), "sticky");
        awaitTrue(() -> "7".equals(hook(other, "/test/doctrine?parameter=VACANCY_GRACE_MONTHS&on=" + first)),
                Duration.ofSeconds(5), "the change recorded on " + serving + " is used by " + other);

    }

    /**
     * NOT WORKING YET, hence disabled: the session and the view state are replicated, but Payara's
     * OpenID Connect mechanism (Soteria) keeps the tokens in {@code OpenIdContextImpl}, a session-scoped
     * bean that is not serializable (Payara logs "Cannot serialize session attribute ...
     * OpenIdContextImpl"). On the node that takes the session over, the caller is known but that context
     * is empty, and {@code OpenIdAuthenticationMechanism.validateRequest} throws a NullPointerException
     * on {@code getAccessToken().isExpired()}: every request of that user answers 500. The way out is a
     * mechanism of the portal's own around Soteria's (re-establishing the caller from a serializable copy
     * kept in the session when the context is empty), not done yet.
     */
    @Test
    @Order(6)
    @org.junit.jupiter.api.Disabled("Soteria's OpenIdContextImpl is not serializable: 500 after a failover (see Javadoc)")
    void aSessionSurvivesTheLossOfItsNodeWithTheFormFilled() {
        LocalDate second = LocalDate.now(PARIS).plusDays(3001);
        String serving = servingNode();
        String other = NODES.keySet().stream().filter(n -> !n.equals(serving)).findFirst().orElseThrow();
        browser.open(proxy.baseUrl() + "/parametres.xhtml");
        String typed = "Tapé sur " + serving + " avant sa panne";
        fill(second, "8", typed);
        browser.screenshot("deux-noeuds-avant-la-panne");
        String session = sessionId();
        nodes.get(serving).kill();

        browser.driver().findElement(By.id("change:record")).click();
        browser.waitForText(By.id("messages"), "Nouvelle valeur enregistrée.");
        browser.screenshot("deux-noeuds-apres-la-panne");
        assertEquals(other, servingNode(), "the other node served the form");
        assertEquals(session, sessionId(), "the same session");
        assertTrue(browser.pageText().contains(typed), "the new row, with the text typed before the loss");
        assertEquals(1, number("select count(*) from doctrine_parameter_change where source = ?", typed),
                "recorded once, by the session that survived");
        assertEquals("direction.caf", text("select recorded_by from doctrine_parameter_change where source = ?",
                typed));
        assertEquals("8", hook(other, "/test/doctrine?parameter=VACANCY_GRACE_MONTHS&on=" + second));

        // Payara's OpenID Connect context is not replicated (not serializable): the sign-out still ends the
        // Keycloak session, with the ID token the portal kept in the session itself
        browser.waitFor(By.id("deconnexion")).click();
        browser.waitForText(By.id("logged-out"), "Votre session sur le portail");
        browser.open(proxy.baseUrl() + "/");
        assertTrue(browser.waitFor(By.id("username")).isDisplayed(), "Keycloak asks to sign in again");
    }

    private static void fill(LocalDate from, String value, String source) {
        new Select(browser.waitFor(By.id("change:parameter"))).selectByValue("VACANCY_GRACE_MONTHS");
        browser.waitFor(By.id("change:validFrom:date")).sendKeys(from.format(FRENCH_DATE));
        browser.waitFor(By.id("change:value")).sendKeys(value);
        browser.waitFor(By.id("change:source")).sendKeys(source);
    }

    /** The node HAProxy sends this browser to, from its cookie. */
    private static String servingNode() {
        Cookie cookie = browser.driver().manage().getCookieNamed(ReverseProxy.NODE_COOKIE);
        assertTrue(cookie != null && NODES.containsKey(cookie.getValue()), "cookie " + cookie);
        return cookie.getValue();
    }

    private static List<String> proxyLog() {
        try {
            return java.nio.file.Files.readAllLines(proxy.logFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The portal's session cookie. */
    private static String sessionId() {
        Cookie cookie = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertTrue(cookie != null, "a session");
        return cookie.getValue();
    }

    /** Whether a request through the proxy, pinned to that node by its cookie, is answered by it. */
    private static boolean proxyAnswersFrom(String node) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(proxy.baseUrl()
                    + "/health/ready")).header("Cookie", ReverseProxy.NODE_COOKIE + "=" + node)
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.headers().firstValue("Set-Cookie").isEmpty();
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** GET on one node directly (not through the proxy): its answer without the first line (the node). */
    private static String hook(String node, String path) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + NODES.get(node) + path)).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), path + ": " + response.body());
            return response.body().substring(response.body().indexOf('\n') + 1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The same GET on every node, released at the same instant; the whole answers, node first. */
    private static List<String> onBothNodesAtOnce(String path) throws Exception {
        CyclicBarrier start = new CyclicBarrier(NODES.size());
        List<CompletableFuture<String>> answers = new ArrayList<>();
        for (int port : NODES.values()) {
            Callable<String> call = () -> {
                start.await();
                return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString()).body();
            };
            answers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return call.call();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        List<String> bodies = new ArrayList<>();
        for (CompletableFuture<String> answer : answers) {
            bodies.add(answer.get().strip());
        }
        return bodies;
    }

    private record Received(List<String> to, String subject, String body) {
    }

    /** What GreenMail received, one line per message (recipients, subject, body). */
    private static List<String> received(java.util.function.Predicate<Received> which) {
        List<String> lines = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            try {
                List<String> to = new ArrayList<>();
                for (Address address : message.getAllRecipients()) {
                    to.add(address.toString());
                }
                Received received = new Received(to, message.getSubject(), String.valueOf(message.getContent()));
                if (which.test(received)) {
                    lines.add(received.toString());
                }
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return lines;
    }

    private static boolean logContains(PayaraMicroServer node, String text) {
        try {
            return java.nio.file.Files.readString(node.logFile()).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    private static void awaitTrue(BooleanSupplier condition, Duration timeout, String what) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + timeout.toSeconds() + " s: " + what);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted: " + what, e);
            }
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
    }

    private static long number(String sql, Object... args) {
        return Long.parseLong(text(sql, args));
    }

    private static String text(String sql, Object... args) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }
}
