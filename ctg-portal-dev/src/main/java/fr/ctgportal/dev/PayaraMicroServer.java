package fr.ctgportal.dev;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the portal's WAR on Payara Micro in a child process bound to 127.0.0.1 (HTTP listener and
 * Hazelcast, which {@code --nocluster} alone still starts on all interfaces), logging to a file.
 */
public final class PayaraMicroServer implements AutoCloseable {

    private final Path microJar;
    private final Path war;
    private final int port;
    private final Path workDir;
    private final Map<String, String> environment;
    private Process process;

    public PayaraMicroServer(Path microJar, Path war, int port, Path workDir, Map<String, String> environment) {
        this.microJar = microJar.toAbsolutePath();
        this.war = war.toAbsolutePath();
        this.port = port;
        this.workDir = workDir.toAbsolutePath();
        this.environment = Map.copyOf(environment);
    }

    public Path logFile() {
        return workDir.resolve("payara-micro.log");
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public synchronized void start(Duration timeout) throws IOException, InterruptedException {
        requireFile(microJar);
        requireFile(war);
        Ports.requireFree(port, "Payara Micro");
        Files.createDirectories(workDir);
        Path preboot = workDir.resolve("preboot.asadmin");
        Files.writeString(preboot, String.join("\n",
                "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1",
                "set hazelcast-runtime-configuration.interface=127.0.0.1",
                ""), StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms128m", "-Xmx1g", "-Djava.io.tmpdir=" + workDir,
                // Hazelcast binds every interface unless told not to, even with --nohazelcast
                "-Dhazelcast.socket.bind.any=false",
                "-jar", microJar.toString(),
                "--nocluster", "--nohazelcast",
                "--port", Integer.toString(port),
                "--prebootcommandfile", preboot.toString(),
                "--deploy", war.toString(),
                "--contextroot", "/"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(logFile().toFile());
        builder.environment().putAll(environment);
        process = builder.start();
        awaitReady(timeout);
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI ready = URI.create("http://127.0.0.1:" + port + "/health/ready");
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw failure("Payara Micro s'est arrêté au démarrage");
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        stop();
        throw failure("Payara Micro n'est pas prêt après " + timeout.toSeconds() + " s");
    }

    private IllegalStateException failure(String what) {
        return new IllegalStateException(what + ". Journal : " + logFile() + "\n" + Logs.tail(logFile(), 30));
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    public synchronized void stop() {
        Processes.stopTree(process, Duration.ofSeconds(20));
        process = null;
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
