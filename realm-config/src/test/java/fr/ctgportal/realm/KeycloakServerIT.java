package fr.ctgportal.realm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Starts the real Keycloak once (free ports, {@code target/keycloak-it}), checks the realm as
 * served, the port checks, and that {@link KeycloakServer#stop()} leaves nothing behind.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeycloakServerIT {

    private static final String REDIRECT_URI = "http://localhost:8080/ctg-portal/Callback";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private static Path itDir;
    private static KeycloakServer server;
    private static Duration startup;

    @BeforeAll
    static void startKeycloak() throws IOException {
        itDir = Path.of(System.getProperty("keycloak.it.dir", "target/keycloak-it"));
        int[] ports = freePorts(2);
        server = new KeycloakServer(KeycloakServer.defaultDistributionZip(), itDir, ports[0], ports[1]);
        server.resetData(); // import the realm file as it is now, whatever an earlier run left
        Instant begin = Instant.now();
        // The first start builds Keycloak: ~40 s on an idle machine, minutes on a busy 2-core CI one.
        server.start(Duration.ofMinutes(8));
        startup = Duration.between(begin, Instant.now());
        System.out.println("Keycloak ready in " + startup.toMillis() + " ms: " + server);
    }

    @AfterAll
    static void stopKeycloak() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    @Order(1)
    void discoveryDocumentNamesTheLocalhostIssuer() throws Exception {
        assertTrue(server.isRunning());
        assertEquals("http://localhost:" + server.httpPort() + "/realms/ctg", server.issuerUri());
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(server.issuerUri() + "/.well-known/openid-configuration")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        JsonNode discovery = JSON.readTree(response.body());
        assertEquals(server.issuerUri(), discovery.path("issuer").asText());
        assertEquals(server.issuerUri() + "/protocol/openid-connect/token", discovery.path("token_endpoint").asText());
    }

    @Test
    @Order(2)
    void listensOnLoopbackOnly() throws IOException {
        ProcessHandle root = server.processHandle().orElseThrow();
        Set<String> socketInodes = new TreeSet<>();
        List<ProcessHandle> tree = new ArrayList<>(root.descendants().toList());
        tree.add(root);
        for (ProcessHandle handle : tree) {
            Path fds = Path.of("/proc", Long.toString(handle.pid()), "fd");
            try (var links = Files.list(fds)) {
                for (Path fd : links.toList()) {
                    try {
                        String target = Files.readSymbolicLink(fd).toString();
                        if (target.startsWith("socket:[")) {
                            socketInodes.add(target.substring(8, target.length() - 1));
                        }
                    } catch (IOException e) {
                        // closed meanwhile
                    }
                }
            }
        }
        List<String> listening = new ArrayList<>();
        for (String table : List.of("tcp", "tcp6", "udp", "udp6")) {
            List<String> lines = Files.readAllLines(Path.of("/proc/net", table));
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                boolean tcpListen = table.startsWith("tcp") && f[3].equals("0A");
                if (socketInodes.contains(f[9]) && (tcpListen || table.startsWith("udp"))) {
                    listening.add(table + " " + f[1]);
                }
            }
        }
        System.out.println("Keycloak sockets (/proc/net, hex little-endian): " + listening);
        assertTrue(listening.stream().filter(l -> l.startsWith("tcp")).count() >= 2, listening.toString());
        for (String socket : listening) {
            String address = socket.substring(socket.indexOf(' ') + 1, socket.indexOf(':'));
            boolean loopback = address.length() == 8
                    ? address.endsWith("7F") // 127.x.x.x
                    : address.matches("0{16}FFFF0000.{6}7F") // ::ffff:127.x.x.x
                            || address.equals("00000000000000000000000001000000"); // ::1
            assertTrue(loopback, "Keycloak listens beyond loopback: " + socket + " among " + listening);
        }
    }

    @Test
    @Order(3)
    void authorityHrUserGetsGroupsAndAuthorityClaims() throws Exception {
        Tokens tokens = logIn("rh.ales");
        for (JsonNode claims : List.of(tokens.idToken, tokens.accessToken, tokens.userInfo)) {
            assertEquals("rh.ales", claims.path("preferred_username").asText(), claims.toString());
            assertTrue(texts(claims.path("groups")).contains("authority-hr"), claims.toString());
            assertFalse(texts(claims.path("groups")).contains("caf-manager"), claims.toString());
            assertEquals(List.of("200066918"), list(claims.path("authority")), claims.toString());
        }
        assertEquals(server.issuerUri(), tokens.accessToken.path("iss").asText());
        assertEquals(server.issuerUri(), tokens.idToken.path("iss").asText());
        assertTrue(texts(tokens.accessToken.path("aud")).contains("ctg-portal")
                || tokens.accessToken.path("aud").asText().equals("ctg-portal"), tokens.accessToken.toString());
        System.out.println("rh.ales groups: " + tokens.accessToken.path("groups"));
    }

    @Test
    @Order(4)
    void advisorHasNoAuthority() throws Exception {
        Tokens tokens = logIn("conseil.nord");
        assertTrue(texts(tokens.idToken.path("groups")).contains("caf-advisor"), tokens.idToken.toString());
        assertTrue(tokens.idToken.path("authority").isMissingNode()
                || tokens.idToken.path("authority").isEmpty(), tokens.idToken.toString());
    }

    /**
     * The portal's service account (client {@code ctg-portal-accounts}, roles manage-users,
     * view-users and view-realm only) creates a user with an authority, gives it a portal role, disables
     * and re-enables it through the Admin REST API, lists a role's members, and may do nothing else
     * (no client read, no realm setting changed).
     */
    @Test
    @Order(4)
    void serviceAccountManagesUsersAndNothingElse() throws Exception {
        HttpResponse<String> token = HTTP.send(HttpRequest.newBuilder(URI.create(server.issuerUri()
                + "/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=ctg-portal-accounts"
                        + "&client_secret=ctg-portal-accounts-dev-secret"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, token.statusCode(), token.body());
        String bearer = "Bearer " + JSON.readTree(token.body()).path("access_token").asText();
        String users = server.baseUri() + "/admin/realms/" + KeycloakServer.REALM + "/users";

        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(users))
                .header("Authorization", bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"essai.compte\",\"enabled\":true,"
                        + "\"email\":\"essai.compte@demo.ctg-portal.invalid\",\"firstName\":\"Essai\","
                        + "\"lastName\":\"Compte\",\"attributes\":{\"authority\":[\"200034379\"]}}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        String user = created.headers().firstValue("Location").orElseThrow();

        HttpResponse<String> available = HTTP
                .send(HttpRequest.newBuilder(URI.create(user + "/role-mappings/realm/available"))
                        .header("Authorization", bearer).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, available.statusCode(), available.body());
        JsonNode officer = null;
        for (JsonNode role : JSON.readTree(available.body())) {
            if (role.path("name").asText().equals("cooperation-officer")) {
                officer = role;
            }
        }
        assertNotNull(officer, available.body());
        HttpResponse<String> mapped = HTTP.send(HttpRequest.newBuilder(URI.create(user + "/role-mappings/realm"))
                .header("Authorization", bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[" + officer + "]")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(204, mapped.statusCode(), mapped.body());

        for (boolean enabled : new boolean[]{false, true}) {
            HttpResponse<String> changed = HTTP.send(HttpRequest.newBuilder(URI.create(user))
                    .header("Authorization", bearer).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\":" + enabled + "}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(204, changed.statusCode(), changed.body());
        }
        JsonNode read = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(user)).header("Authorization", bearer)
                .build(), HttpResponse.BodyHandlers.ofString()).body());
        assertEquals(List.of("200034379"), list(read.path("attributes").path("authority")), read.toString());
        assertTrue(read.path("enabled").asBoolean(), read.toString());

        // view-realm (read only): the members of a role in one call, so that listing accounts is not N+1
        HttpResponse<String> members = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUri()
                + "/admin/realms/" + KeycloakServer.REALM + "/roles/cooperation-officer/users?first=0&max=100"))
                .header("Authorization", bearer).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, members.statusCode(), members.body());
        assertTrue(members.body().contains("essai.compte"), members.body());

        HttpResponse<String> clients = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUri()
                + "/admin/realms/" + KeycloakServer.REALM + "/clients")).header("Authorization", bearer).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, clients.statusCode(), "no client read: " + clients.body());
        HttpResponse<String> settings = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUri()
                + "/admin/realms/" + KeycloakServer.REALM)).header("Authorization", bearer)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"registrationAllowed\":true}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, settings.statusCode(), "realm settings are not changed: " + settings.body());
    }

    @Test
    @Order(5)
    void takenPortGivesAClearError() throws IOException {
        Path conflictDir = itDir.resolveSibling(itDir.getFileName() + "-conflict");
        int[] ports = freePorts(2);

        KeycloakServer sameHttpPort = new KeycloakServer(KeycloakServer.defaultDistributionZip(), conflictDir,
                server.httpPort(), ports[0]);
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> sameHttpPort.start(Duration.ofSeconds(30)));
        assertTrue(error.getMessage().contains("HTTP port " + server.httpPort()), error.getMessage());
        assertTrue(error.getMessage().contains("already in use"), error.getMessage());

        try (ServerSocket blocker = new ServerSocket()) {
            blocker.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), ports[1]));
            KeycloakServer takenManagement = new KeycloakServer(KeycloakServer.defaultDistributionZip(), conflictDir,
                    ports[0], ports[1]);
            IllegalStateException error2 = assertThrows(IllegalStateException.class,
                    () -> takenManagement.start(Duration.ofSeconds(30)));
            assertTrue(error2.getMessage().contains("management port " + ports[1]), error2.getMessage());
            assertFalse(takenManagement.isRunning());
        }
        assertFalse(Files.exists(conflictDir), "nothing unpacked when a port is taken");
        assertTrue(server.isRunning(), "the running server is untouched");
    }

    @Test
    @Order(6)
    void stopLeavesNoProcessBehind() throws Exception {
        ProcessHandle root = server.processHandle().orElseThrow();
        List<ProcessHandle> tree = new ArrayList<>(root.descendants().toList());
        tree.add(root);
        assertTrue(tree.stream().anyMatch(h -> h.info().command().orElse("").endsWith("java")),
                "a java process among " + describe(tree));

        Instant begin = Instant.now();
        server.stop();
        System.out.println("Keycloak stopped in " + Duration.between(begin, Instant.now()).toMillis() + " ms");

        assertFalse(server.isRunning());
        assertTrue(server.processHandle().isEmpty());
        for (ProcessHandle handle : tree) {
            assertFalse(handle.isAlive(), "still alive: " + handle.pid() + " " + handle.info());
        }
        String home = server.keycloakHome().toString();
        List<ProcessHandle> leftovers = ProcessHandle.allProcesses()
                .filter(h -> h.info().commandLine().orElse("").contains(home))
                .toList();
        assertTrue(leftovers.isEmpty(), "leftover processes: " + describe(leftovers));
        assertPortFree(server.httpPort());
        assertPortFree(server.managementPort());
        server.stop(); // idempotent
        assertFalse(server.isRunning());
        assertNotNull(startup);
    }

    // ---------------------------------------------------------------------------- login flow

    private record Tokens(JsonNode idToken, JsonNode accessToken, JsonNode userInfo) {
    }

    /**
     * The authorization code flow as a browser runs it: login page, form post, redirect with the
     * code, code exchange by the confidential client. Cookies are handled by hand: Keycloak sets
     * them {@code Secure}, which Java's CookieManager would not send back over http.
     */
    private static Tokens logIn(String username) throws Exception {
        Map<String, String> cookies = new LinkedHashMap<>();
        String state = "st-" + System.nanoTime();
        URI authorize = URI.create(server.issuerUri() + "/protocol/openid-connect/auth?" + form(Map.of(
                "client_id", "ctg-portal",
                "response_type", "code",
                "scope", "openid",
                "redirect_uri", REDIRECT_URI,
                "state", state,
                "nonce", "n-" + System.nanoTime())));
        HttpResponse<String> loginPage = HTTP.send(HttpRequest.newBuilder(authorize).build(),
                HttpResponse.BodyHandlers.ofString());
        keepCookies(loginPage, cookies);
        assertEquals(200, loginPage.statusCode(), loginPage.body());
        Matcher action = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"")
                .matcher(loginPage.body());
        assertTrue(action.find(), "login form in " + loginPage.body());
        String postUri = action.group(1).replace("&amp;", "&");

        HttpResponse<String> afterLogin = HTTP.send(HttpRequest.newBuilder(URI.create(postUri))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookieHeader(cookies))
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                        "username", username, "password", "CtgDemo2026!", "credentialId", ""))))
                .build(),
                HttpResponse.BodyHandlers.ofString());
        String location = afterLogin.headers().firstValue("Location").orElse("");
        assertEquals(302, afterLogin.statusCode(),
                "expected a redirect to the portal, got page: " + title(afterLogin.body()));
        assertTrue(location.startsWith(REDIRECT_URI + "?"), location);
        Map<String, String> callback = parseQuery(URI.create(location).getRawQuery());
        assertEquals(state, callback.get("state"));
        String code = callback.get("code");
        assertNotNull(code, location);

        HttpResponse<String> tokenResponse = HTTP.send(HttpRequest.newBuilder(
                URI.create(server.issuerUri() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                        "grant_type", "authorization_code",
                        "code", code,
                        "redirect_uri", REDIRECT_URI,
                        "client_id", "ctg-portal",
                        "client_secret", "ctg-portal-dev-secret"))))
                .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, tokenResponse.statusCode(), tokenResponse.body());
        JsonNode tokens = JSON.readTree(tokenResponse.body());
        String accessToken = tokens.path("access_token").asText();

        HttpResponse<String> userInfo = HTTP.send(HttpRequest.newBuilder(
                URI.create(server.issuerUri() + "/protocol/openid-connect/userinfo"))
                .header("Authorization", "Bearer " + accessToken).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, userInfo.statusCode(), userInfo.body());
        return new Tokens(jwtClaims(tokens.path("id_token").asText()), jwtClaims(accessToken),
                JSON.readTree(userInfo.body()));
    }

    private static JsonNode jwtClaims(String jwt) throws IOException {
        String[] parts = jwt.split("\\.");
        assertEquals(3, parts.length, jwt);
        return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
    }

    private static void keepCookies(HttpResponse<?> response, Map<String, String> cookies) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
    }

    private static String cookieHeader(Map<String, String> cookies) {
        return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> parseQuery(String query) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(java.net.URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static String title(String html) {
        Matcher m = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL).matcher(html);
        String feedback = html.replaceAll("(?s).*?(<[^>]*(kc-feedback|input-error|alert)[^>]*>[^<]*).*", "$1");
        return (m.find() ? m.group(1).trim() : "(no title)") + " " + (feedback.length() < 300 ? feedback : "");
    }

    // -------------------------------------------------------------------------------- helpers

    private static int[] freePorts(int count) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }

    private static void assertPortFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
        } catch (IOException e) {
            throw new AssertionError("port " + port + " still taken after stop(): " + e.getMessage(), e);
        }
    }

    private static String describe(List<ProcessHandle> handles) {
        return handles.stream().map(h -> h.pid() + " " + h.info().command().orElse("?"))
                .collect(Collectors.joining(", "));
    }

    private static List<String> list(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(v -> values.add(v.asText()));
        } else if (!node.isMissingNode() && !node.isNull()) {
            values.add(node.asText());
        }
        return values;
    }

    private static Set<String> texts(JsonNode node) {
        return new TreeSet<>(list(node));
    }
}
