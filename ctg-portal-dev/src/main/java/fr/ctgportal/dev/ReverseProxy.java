package fr.ctgportal.dev;

import fr.ctgportal.process.Ports;
import fr.ctgportal.process.ServerProcess;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * HAProxy (Debian's {@code haproxy} package, 2.6) in front of the portal's nodes, on 127.0.0.1:
 * <ul>
 * <li><b>sticky sessions</b>: the first answer sets the cookie {@value #NODE_COOKIE} to the node's name
 *     ({@code node1}, {@code node2}...), and the user stays on that node; the session is replicated
 *     anyway, so this only saves the data grid a round trip per request;</li>
 * <li><b>health checks</b> on {@code /health/ready} every second: a node that stops answering UP
 *     (stopped, crashed, database lost) gets no new request after two failed checks;</li>
 * <li><b>failover</b>: a request whose node is down, or whose connection fails, goes to another node
 *     ({@code option redispatch}, three retries), which finds the user's session in the grid.</li>
 * </ul>
 * The {@code Host} header is passed as is, so the portal's own addresses (the OpenID Connect callback)
 * are the proxy's.
 */
public final class ReverseProxy implements AutoCloseable {

    /** The cookie that names the node serving a browser. */
    public static final String NODE_COOKIE = "CTG_NODE";

    private final int port;
    private final Map<String, Integer> nodes;
    private final Path workDir;
    private final ServerProcess process;

    /**
     * @param port the proxy's port, on 127.0.0.1
     * @param nodes the nodes by name, in order, and their HTTP ports on 127.0.0.1
     * @param workDir its folder (configuration, log)
     */
    public ReverseProxy(int port, Map<String, Integer> nodes, Path workDir) {
        this.port = port;
        this.nodes = nodes;
        this.workDir = workDir.toAbsolutePath();
        this.process = new ServerProcess("HAProxy", this.workDir.resolve("haproxy.log"),
                this.workDir.resolve("haproxy.pid"));
    }

    /** {@code http://localhost:<port>}: the portal's address for its users. */
    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    /** The HAProxy program: Debian's, in /usr/sbin (not on a user's PATH), else on the PATH. */
    static Path program() {
        String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/sbin:/usr/local/sbin";
        return Stream.of(path.split(File.pathSeparator)).filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "haproxy")).filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "HAProxy introuvable : installez-le (Debian : apt-get install -y haproxy)."));
    }

    /** The configuration written to {@code haproxy.cfg}. */
    String configuration() {
        List<String> lines = new ArrayList<>(List.of(
                "global",
                "    maxconn 512",
                "defaults",
                "    mode http",
                "    timeout connect 5s",
                "    timeout client 120s",
                "    timeout server 120s",
                "    retries 3",
                "    option redispatch",
                "    option httplog",
                "    log stdout format raw local0",
                "frontend portal",
                "    bind " + Ports.LOOPBACK + ":" + port,
                "    default_backend nodes",
                "backend nodes",
                "    balance roundrobin",
                "    cookie " + NODE_COOKIE + " insert indirect nocache httponly",
                "    option httpchk GET /health/ready",
                "    http-check expect status 200",
                "    default-server inter 1s fall 2 rise 2"));
        nodes.forEach((name, nodePort) -> lines
                .add("    server " + name + " " + Ports.LOOPBACK + ":" + nodePort + " check cookie " + name));
        return String.join("\n", lines) + "\n";
    }

    /**
     * Starts HAProxy and waits until {@code /health/ready} answers UP through it (a node is ready).
     *
     * @throws IllegalStateException if HAProxy is missing, its port taken, or no node ready in time
     */
    public void start(Duration timeout) {
        synchronized (this) {
            Ports.requireFree(port, "HAProxy");
            try {
                Files.createDirectories(workDir);
                Path config = workDir.resolve("haproxy.cfg");
                Files.writeString(config, configuration(), StandardCharsets.UTF_8);
                // -db: in the foreground, so that stopping this process stops the proxy
                process.start(List.of(program().toString(), "-db", "-f", config.toString()), workDir, env -> {
                });
            } catch (IOException e) {
                throw new UncheckedIOException("HAProxy n'a pas démarré (dossier " + workDir + ") : " + e.getMessage(),
                        e);
            }
        }
        process.awaitHealthy(URI.create("http://" + Ports.LOOPBACK + ":" + port + "/health/ready"), timeout);
    }

    public Path logFile() {
        return process.logFile();
    }

    /** Stops HAProxy. Idempotent. */
    public synchronized void stop() {
        process.stop(Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    @Override
    public void close() {
        stop();
    }
}
