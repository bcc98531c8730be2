package fr.ctgportal.dev;

import fr.ctgportal.process.Ports;
import fr.ctgportal.process.ServerProcess;
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

/**
 * Runs the portal's WAR on Payara Micro in a child process ({@link ServerProcess}: own session,
 * output in {@code payara-micro.log}) bound to 127.0.0.1 (HTTP listener and Hazelcast, which
 * {@code --nocluster} alone still starts on all interfaces). Alone by default; a node of a cluster
 * when given a {@link Cluster}.
 */
public final class PayaraMicroServer implements AutoCloseable {

    /**
     * A node of a cluster of Payara Micro instances on this machine: Hazelcast (Payara's data grid)
     * on 127.0.0.1 only, the members found by TCP/IP (no multicast), web sessions of the portal (a
     * {@code <distributable/>} application) kept in the grid, so that another node takes over a
     * user's session. Host-aware partitioning is off: with it, Hazelcast never keeps a backup on a
     * member of the same IP address, that is on the other node of this machine, and a session would
     * die with its node.
     *
     * @param name the cluster's name (nodes with another name never join)
     * @param member this node's name, in the logs and the grid
     * @param dataGridPort this node's Hazelcast port
     * @param dataGridPorts the Hazelcast ports of every node, this one included
     */
    public record Cluster(String name, String member, int dataGridPort, List<Integer> dataGridPorts) {

        public Cluster {
            dataGridPorts = List.copyOf(dataGridPorts);
        }

        List<String> options() {
            return List.of("--clustername", name, "--name", member, "--nohostaware", "--interfaces", Ports.LOOPBACK,
                    "--startport", Integer.toString(dataGridPort), "--clustermode",
                    "tcpip:" + dataGridPorts.stream().map(p -> Ports.LOOPBACK + ":" + p)
                            .collect(java.util.stream.Collectors.joining(",")));
        }
    }

    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(20);
    private static final Duration FORCED_STOP = Duration.ofSeconds(10);

    private final Path microJar;
    private final Path war;
    private final int port;
    private final Path workDir;
    private final Map<String, String> environment;
    private final Cluster cluster;
    private final ServerProcess process;

    /**
     * @param microJar the Payara Micro jar
     * @param war the portal's WAR, deployed at {@code /}
     * @param port the HTTP port, on 127.0.0.1
     * @param workDir its working folder (log, temporary files, preboot commands)
     * @param environment variables added to this JVM's for Payara Micro (the portal's {@code CTG_*} settings)
     */
    public PayaraMicroServer(Path microJar, Path war, int port, Path workDir, Map<String, String> environment) {
        this(microJar, war, port, workDir, environment, null);
    }

    /**
     * A node of a cluster (see {@link Cluster}); the other parameters as
     * {@link #PayaraMicroServer(Path, Path, int, Path, Map)}.
     *
     * @param cluster null for a single node (no data grid at all)
     */
    public PayaraMicroServer(Path microJar, Path war, int port, Path workDir, Map<String, String> environment,
            Cluster cluster) {
        this.cluster = cluster;
        this.microJar = microJar.toAbsolutePath();
        this.war = war.toAbsolutePath();
        this.port = port;
        this.workDir = workDir.toAbsolutePath();
        this.environment = Map.copyOf(environment);
        this.process = new ServerProcess("Payara Micro", this.workDir.resolve("payara-micro.log"),
                this.workDir.resolve("payara-micro.pid"));
    }

    /** Where Payara Micro's output goes, rewritten at each start. */
    public Path logFile() {
        return process.logFile();
    }

    /** {@code http://localhost:<port>}. */
    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /**
     * Starts Payara Micro and waits until {@code /health/ready} answers UP.
     *
     * @param timeout how long to wait for readiness
     * @throws IllegalStateException if a file is missing, the port is taken, or Payara Micro ended or
     *     was not ready in time (the message names the log and quotes its last lines; it is stopped)
     * @throws UncheckedIOException if the work folder cannot be written or the process not started
     */
    public void start(Duration timeout) {
        synchronized (this) {
            requireFile(microJar);
            requireFile(war);
            Ports.requireFree(port, "Payara Micro");
            try {
                Files.createDirectories(workDir);
                Path preboot = workDir.resolve("preboot.asadmin");
                Files.writeString(preboot, String.join("\n",
                        "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address="
                                + Ports.LOOPBACK,
                        "set hazelcast-runtime-configuration.interface=" + Ports.LOOPBACK,
                        ""), StandardCharsets.UTF_8);
                List<String> command = new ArrayList<>(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xms128m", "-Xmx1g", "-Djava.io.tmpdir=" + workDir,
                        // Hazelcast binds every interface unless told not to, even with --nohazelcast
                        "-Dhazelcast.socket.bind.any=false",
                        "-jar", microJar.toString()));
                command.addAll(cluster == null ? List.of("--nocluster", "--nohazelcast") : cluster.options());
                command.addAll(List.of("--port", Integer.toString(port),
                        "--prebootcommandfile", preboot.toString(),
                        "--deploy", war.toString(),
                        "--contextroot", "/"));
                process.start(command, workDir, env -> env.putAll(environment));
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "Payara Micro n'a pas démarré (dossier " + workDir + ") : " + e.getMessage(), e);
            }
        }
        process.awaitHealthy(URI.create("http://" + Ports.LOOPBACK + ":" + port + "/health/ready"), timeout);
    }

    public boolean isRunning() { return process.isRunning(); }

    /** The HTTP port, on 127.0.0.1. */
    public int port() {
        return port;
    }

    /**
     * Kills Payara Micro at once (SIGKILL, as a crash or a power cut would), with its descendants.
     * Idempotent.
     */
    public synchronized void kill() {
        process.stop(Duration.ZERO, FORCED_STOP);
    }

    /** Stops Payara Micro: SIGTERM, then SIGKILL after 20 s; nothing left behind. Idempotent. */
    public synchronized void stop() {
        process.stop(GRACEFUL_STOP, FORCED_STOP);
    }

    @Override
    public void close() {
        stop();
    }

    private static void requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Fichier introuvable : " + file + ". Lancez d'abord la construction "
                    + "(./mvnw -B install -DskipTests).");
        }
    }
}
