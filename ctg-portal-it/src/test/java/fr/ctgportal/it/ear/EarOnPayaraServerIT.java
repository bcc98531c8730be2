package fr.ctgportal.it.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import fr.ctgportal.dev.EmbeddedDatabase;
import fr.ctgportal.it.env.TestEnvironment;
import fr.ctgportal.process.Sockets;
import fr.ctgportal.realm.KeycloakServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The skinny EAR ({@code ctg-portal.ear}) deployed with {@code asadmin deploy} on a real Payara
 * Server 6.2025.10 domain, against the test run's MariaDB and Keycloak. The other tests run the
 * fat WAR on Payara Micro (which refuses EARs); without this test the EAR, the artifact a full
 * server gets, would ship untested (module layout, {@code lib/} driver, context root, role mapping).
 *
 * <p>System property {@code it.ear} deploys another EAR instead (to try a fix without a rebuild).
 *
 * <p>The domain ({@link PayaraServerDomain}) is created afresh at each run on port base 28000
 * (HTTP 28080, admin 28048), bound to 127.0.0.1 only, and stopped at the end with its JVM checked
 * gone.
 */
class EarOnPayaraServerIT {

    private static final String DOMAIN = "ctgit";
    private static final int PORT_BASE = 28000;
    private static final String APPLICATION = "ctg-portal";

    private static PayaraServerDomain domain;
    private static KeycloakServer keycloak;
    private static HttpClient http;
    private static boolean deployed;

    @BeforeAll
    static void deployEar() throws Exception {
        TestEnvironment environment = TestEnvironment.get();
        EmbeddedDatabase database = environment.database();
        keycloak = environment.keycloak();
        Path ear = Path.of(System.getProperty("it.ear", environment.runtime().resolve("ctg-portal.ear").toString()));
        assertTrue(Files.isRegularFile(ear), "EAR absent : " + ear + " (mvn install sans -pl '!ctg-portal-ear' ?)");

        domain = new PayaraServerDomain(environment.runtime().resolve("payara-server.zip"),
                environment.work().resolve("payara-server"), DOMAIN, PORT_BASE);
        Instant started = Instant.now();
        domain.install();
        domain.recreate(Duration.ofMinutes(3));
        domain.start(Map.of(
                "CTG_DB_URL", database.jdbcUrl(),
                "CTG_DB_USER", EmbeddedDatabase.USER,
                "CTG_DB_PASSWORD", EmbeddedDatabase.PASSWORD,
                "CTG_DEMO_DATA", "true",
                "CTG_OIDC_PROVIDER_URI", keycloak.issuerUri()), Duration.ofMinutes(4));
        System.out.println("Payara Server démarré en " + Duration.between(started, Instant.now()).toSeconds() + " s");
        domain.deploy(ear, APPLICATION, Duration.ofMinutes(5));
        deployed = true;
        System.out.println("EAR déployé, " + Duration.between(started, Instant.now()).toSeconds() + " s en tout");

        http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterAll
    static void stopDomain() throws Exception {
        if (domain == null) {
            return;
        }
        Optional<ProcessHandle> server = domain.server();
        String undeployFailure = null;
        if (deployed && server.isPresent() && server.get().isAlive()) {
            try {
                domain.undeploy(APPLICATION, Duration.ofMinutes(2));
            } catch (RuntimeException e) {
                undeployFailure = e.getMessage();
            }
        }
        boolean gone = domain.stop(Duration.ofMinutes(2));
        assertTrue(gone, "le JVM du domaine " + DOMAIN + " tourne encore : "
                + server.map(p -> p.pid() + " " + p.info().commandLine().orElse("")).orElse("?"));
        server.ifPresent(process -> assertFalse(process.isAlive(), "PID " + process.pid() + " encore vivant"));
        if (undeployFailure != null) {
            fail("undeploy " + APPLICATION + " : " + undeployFailure);
        }
    }

    @Test
    void readinessSaysTheDatabaseIsUp() throws Exception {
        HttpResponse<String> response = getUntilOk("http://127.0.0.1:" + domain.httpPort() + "/health/ready",
                Duration.ofMinutes(1));
        assertEquals(200, response.statusCode(), () -> "/health/ready : " + response.statusCode() + " "
                + response.body() + "\n--- server.log ---\n" + domain.serverLogTail(60));
        String body = response.body().replaceAll("\\s", "");
        assertTrue(topLevel(body, body.indexOf('{')).contains("\"status\":\"UP\""),
                "état global non UP : " + response.body());
        String check = checkNamed(body, "database")
                .orElseThrow(() -> new AssertionError("pas de vérification \"database\" : " + response.body()));
        assertTrue(check.contains("\"status\":\"UP\""),
                "vérification database : " + check);
    }

    @Test
    void anonymousHomeRedirectsToKeycloakLogin() throws Exception {
        HttpResponse<String> response = get("http://localhost:" + domain.httpPort() + "/");
        String location = response.headers().firstValue("Location").orElse("");
        assertEquals(302, response.statusCode(), () -> "GET / : " + response.statusCode() + " " + response.headers()
                + "\n" + response.body() + "\n--- server.log ---\n" + domain.serverLogTail(60));
        assertTrue(location.startsWith(keycloak.issuerUri() + "/protocol/openid-connect/auth"),
                "Location : " + location + " ; attendu : le fournisseur de CTG_OIDC_PROVIDER_URI, "
                        + keycloak.issuerUri());
        assertTrue(Pattern.compile("[?&]client_id=ctg-portal(&|$)").matcher(location).find(), "Location : " + location);
    }

    @Test
    void missingPageShowsTheFrenchErrorPageWithoutStackTrace() throws Exception {
        HttpResponse<String> missing = get("http://localhost:" + domain.httpPort() + "/pas-la-" + UUID.randomUUID()
                + ".xhtml");
        assertEquals(404, missing.statusCode(), () -> "page absente : " + missing.statusCode() + "\n" + missing.body());
        assertErrorPage(missing.body());

        HttpResponse<String> direct = get("http://localhost:" + domain.httpPort() + "/erreur/404.xhtml");
        assertErrorPage(direct.body());
    }

    @Test
    void metricsAreNotPublicAndEveryAnswerCarriesTheSecurityHeaders() throws Exception {
        String base = "http://localhost:" + domain.httpPort();
        HttpResponse<String> metrics = get(base + "/metrics");
        assertEquals(401, metrics.statusCode(), () -> "/metrics : " + metrics.statusCode() + "\n" + metrics.body());
        assertEquals(200, get(base + "/health").statusCode(), "/health reste public");
        HttpResponse<String> composite = get(base + "/resources/ctg/dateField.xhtml");
        assertEquals(404, composite.statusCode(), () -> "composant demandé comme page : " + composite.body());
        assertErrorPage(composite.body());
        for (HttpResponse<String> response : List.of(metrics, composite)) {
            String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("frame-ancestors 'none'") && policy.contains("script-src 'self'"),
                    "Content-Security-Policy : " + policy);
            assertEquals(List.of("DENY"), response.headers().allValues("X-Frame-Options"));
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        }
    }

    @Test
    void serverListensOnLoopbackOnly() throws Exception {
        List<InetSocketAddress> sockets = domain.listeningSockets();
        String described = sockets.toString() + " (PID " + domain.server().map(ProcessHandle::pid).orElse(-1L) + ")";
        assertTrue(sockets.stream().anyMatch(s -> s.getPort() == domain.httpPort()), "HTTP absent : " + described);
        assertTrue(sockets.stream().anyMatch(s -> s.getPort() == domain.adminPort()), "admin absent : " + described);
        List<InetSocketAddress> exposed = sockets.stream()
                .filter(s -> !Sockets.isLoopback(s.getAddress())).toList();
        assertTrue(exposed.isEmpty(), "sockets ouverts hors de 127.0.0.1 : " + exposed + " parmi " + described);
    }

    private static void assertErrorPage(String body) {
        assertTrue(body.contains("Page introuvable"), "page d'erreur attendue : " + body);
        assertFalse(body.contains("Exception"), "trace dans la page : " + body);
        assertFalse(body.contains("at fr."), "trace dans la page : " + body);
    }

    /** Polls until 200 (the readiness may lag the deployment by a moment); the last response. */
    private static HttpResponse<String> getUntilOk(String url, Duration patience) throws Exception {
        Instant deadline = Instant.now().plus(patience);
        while (true) {
            try {
                HttpResponse<String> response = get(url);
                if (response.statusCode() == 200 || Instant.now().isAfter(deadline)) {
                    return response;
                }
            } catch (IOException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError(url + " : " + e + "\n--- server.log ---\n" + domain.serverLogTail(60), e);
                }
            }
            Thread.sleep(1000);
        }
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Accept-Language", "fr-FR,fr;q=0.9").GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The JSON object of the health check with that name (whitespace removed), its nested objects
     * (such as {@code data}) left out, by brace matching.
     */
    private static Optional<String> checkNamed(String json, String name) {
        Matcher matcher = Pattern.compile("\"name\":\"" + Pattern.quote(name) + "\"").matcher(json);
        if (!matcher.find()) {
            return Optional.empty();
        }
        int start = -1;
        for (int i = matcher.start() - 1, depth = 0; i >= 0 && start < 0; i--) {
            char c = json.charAt(i);
            if (c == '}') {
                depth++;
            } else if (c == '{' && depth-- == 0) {
                start = i;
            }
        }
        if (start < 0) {
            return Optional.empty();
        }
        return Optional.of(topLevel(json, start));
    }

    /** The object starting at {@code start}, its nested objects left out. */
    private static String topLevel(String json, int start) {
        StringBuilder result = new StringBuilder();
        for (int i = start, depth = 0; i >= 0 && i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '{') {
                depth++;
            }
            if (depth == 1) {
                result.append(c);
            }
            if (c == '}' && --depth == 0) {
                break;
            }
        }
        return result.toString();
    }
}
