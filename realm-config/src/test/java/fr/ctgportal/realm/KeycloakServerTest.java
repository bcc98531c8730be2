package fr.ctgportal.realm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What can be checked without running Keycloak. */
class KeycloakServerTest {

    @TempDir
    Path tmp;

    @Test
    void urisUseLocalhostAndTheHttpPort() {
        KeycloakServer server = new KeycloakServer(tmp.resolve("kc.zip"), tmp.resolve("install"), 8180, 9180);
        assertEquals("http://localhost:8180/realms/ctg", server.issuerUri());
        assertEquals("http://127.0.0.1:9180/health/ready", server.readinessUri());
        assertEquals(tmp.resolve("install").resolve("keycloak.log"), server.logFile());
        assertFalse(server.isRunning());
        server.stop(); // harmless when never started
        server.close();
    }

    @Test
    void commandBindsEverythingToLoopback() {
        KeycloakServer server = new KeycloakServer(tmp.resolve("kc.zip"), tmp.resolve("install"), 8180, 9180);
        // keycloakHome() is <installDir>/keycloak-<version> once it exists (no zip needed then)
        tmp.resolve("install").resolve("keycloak-" + KeycloakServer.KEYCLOAK_VERSION).toFile().mkdirs();
        List<String> command = server.command();
        assertTrue(command.get(0).endsWith("/bin/kc.sh"), command.toString());
        assertTrue(command.containsAll(List.of("start-dev", "--http-host=127.0.0.1", "--http-port=8180",
                "--http-management-host=127.0.0.1", "--http-management-port=9180",
                "--hostname=http://localhost:8180", "--health-enabled=true", "--import-realm")), command.toString());
    }

    @Test
    void rejectsBadPorts() {
        assertThrows(IllegalArgumentException.class, () -> new KeycloakServer(tmp, tmp, 8180, 8180));
        assertThrows(IllegalArgumentException.class, () -> new KeycloakServer(tmp, tmp, 0, 9180));
        assertThrows(IllegalArgumentException.class, () -> new KeycloakServer(tmp, tmp, 8180, 70000));
    }

    @Test
    void missingDistributionSaysHowToGetIt() {
        String before = System.getProperty("maven.repo.local");
        System.setProperty("maven.repo.local", tmp.toString());
        try {
            IllegalStateException error = assertThrows(IllegalStateException.class,
                    KeycloakServer::defaultDistributionZip);
            assertTrue(error.getMessage().contains("./mvnw -B install -DskipTests"), error.getMessage());
            assertTrue(error.getMessage().contains(tmp.toString()), error.getMessage());
        } finally {
            if (before == null) {
                System.clearProperty("maven.repo.local");
            } else {
                System.setProperty("maven.repo.local", before);
            }
        }
    }

    @Test
    void takenPortIsNamedBeforeAnythingHappens() throws IOException {
        try (ServerSocket blocker = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            int port = blocker.getLocalPort();
            int other = port == 65535 ? port - 1 : port + 1;
            KeycloakServer server = new KeycloakServer(tmp.resolve("missing.zip"), tmp.resolve("install"), port, other);
            IllegalStateException error = assertThrows(IllegalStateException.class,
                    () -> server.start(Duration.ofSeconds(5)));
            assertTrue(error.getMessage().contains("HTTP port " + port), error.getMessage());
            assertFalse(Files.exists(tmp.resolve("install")));
        }
    }
}
