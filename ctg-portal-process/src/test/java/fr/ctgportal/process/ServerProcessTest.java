package fr.ctgportal.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With small shell scripts standing for servers. */
class ServerProcessTest {

    private static final Duration SHORT = Duration.ofSeconds(5);

    @TempDir
    Path tmp;

    private ServerProcess server(String name) {
        return new ServerProcess(name, tmp.resolve(name + ".log"), tmp.resolve(name + ".pid"));
    }

    @Test
    void aServerEndingDuringStartUpIsReportedWithItsLog() throws IOException {
        ServerProcess server = server("crashing");
        server.start(List.of("sh", "-c", "echo \"$GREETING\"; echo boom >&2; exit 3"), tmp,
                env -> env.put("GREETING", "hello"));
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> server.awaitHealthy(URI.create("http://127.0.0.1:" + Ports.freePort() + "/health"), SHORT));
        assertTrue(error.getMessage().contains("crashing ended during start-up (exit code 3)"), error.getMessage());
        assertTrue(error.getMessage().contains("hello"), error.getMessage());
        assertTrue(error.getMessage().contains("boom"), error.getMessage());
        assertTrue(error.getMessage().contains(server.logFile().toString()), error.getMessage());
        assertFalse(server.isRunning());
        assertFalse(Files.exists(tmp.resolve("crashing.pid")));
    }

    @Test
    void aServerNeverReadyIsStoppedWithItsChildren() throws IOException {
        ServerProcess server = server("slow");
        server.start(List.of("sh", "-c", "sleep 60 & sleep 60; wait"), tmp, env -> {
        });
        List<ProcessHandle> tree = waitForChildren(server);
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> server.awaitHealthy(URI.create("http://127.0.0.1:" + Ports.freePort() + "/health"),
                        Duration.ofSeconds(1)));
        assertTrue(error.getMessage().contains("slow not ready after 1 s"), error.getMessage());
        assertTrue(tree.stream().noneMatch(ProcessHandle::isAlive), "left: " + Processes.alive(tree));
    }

    @Test
    void aHealthyServerIsWaitedForThenStoppedWithItsChildren() throws IOException {
        HttpServer health = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        health.createContext("/health/ready", exchange -> {
            byte[] body = "{\"status\": \"UP\", \"checks\": []}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        health.start();
        try {
            ServerProcess server = server("healthy");
            ProcessHandle root = server.start(List.of("sh", "-c", "sleep 60 & sleep 60; wait"), tmp, env -> {
            })
                    .toHandle();
            assertEquals(Long.toString(root.pid()), Files.readString(tmp.resolve("healthy.pid")).trim());
            assertThrows(IllegalStateException.class, () -> server.start(List.of("true"), tmp, env -> {
            }));
            server.awaitHealthy(URI.create("http://127.0.0.1:" + health.getAddress().getPort() + "/health/ready"),
                    SHORT);
            assertTrue(server.isRunning());
            assertEquals(root.pid(), server.leftover().orElseThrow());
            List<ProcessHandle> tree = waitForChildren(server);
            server.stop(SHORT, SHORT);
            assertTrue(tree.stream().noneMatch(ProcessHandle::isAlive), "left: " + Processes.alive(tree));
            assertTrue(server.handle().isEmpty());
            assertTrue(server.leftover().isEmpty());
            server.stop(SHORT, SHORT); // idempotent
        } finally {
            health.stop(0);
        }
    }

    @Test
    void theProcessRunsInItsOwnSession() throws IOException {
        ServerProcess server = server("session");
        long pid = server.start(List.of("sleep", "60"), tmp, env -> {
        }).pid();
        try {
            // field 6 of /proc/<pid>/stat is the session id: its own pid after setsid
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            assertEquals(Long.toString(pid), fields[3], stat);
        } finally {
            server.stop(SHORT, SHORT);
        }
    }

    private static List<ProcessHandle> waitForChildren(ServerProcess server) {
        ProcessHandle root = server.handle().orElseThrow();
        for (int i = 0; i < 50 && root.descendants().count() < 2; i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        List<ProcessHandle> tree = Processes.tree(root);
        assertTrue(tree.size() >= 3, "sh and its two sleeps: " + tree);
        return tree;
    }
}
