package fr.ctgportal.process;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * One server run as a child process (Keycloak, Payara Micro), the way every launcher of the portal
 * runs one:
 * <ul>
 * <li>through {@code setsid}, in its own session and process group, so that a terminal's Ctrl-C does
 *     not reach it and the caller's shutdown hook stops it in order;</li>
 * <li>stdin from {@code /dev/null}, stdout and stderr appended to a log file (rewritten at each start,
 *     its first line the command). Never a pipe: nobody reads a pipe once start-up is over, it
 *     fills up and the server hangs;</li>
 * <li>its PID written to a PID file while it runs, so that a later start can name a leftover
 *     ({@link #leftover()});</li>
 * <li>waited for on a health URL ({@link #awaitHealthy(URI, Duration)}); a failure stops it and
 *     quotes the log's last lines;</li>
 * <li>stopped with all its descendants ({@link #stop(Duration, Duration)}).</li>
 * </ul>
 * Thread-safe: {@link #stop(Duration, Duration)} (e.g. from a shutdown hook) may interrupt a wait.
 */
public final class ServerProcess {

    /** Lines of the log quoted in a start-up failure. */
    public static final int LOG_TAIL_LINES = 30;

    private static final Pattern STATUS_UP = Pattern.compile("(?s).*\"status\"\\s*:\\s*\"UP\".*");
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration QUICK_STOP = Duration.ofSeconds(10);

    private final String name;
    private final Path logFile;
    private final Path pidFile;
    private Process process;

    /**
     * @param name the server's name in messages, e.g. {@code "Keycloak"}
     * @param logFile where its output goes
     * @param pidFile where its PID is kept while it runs
     */
    public ServerProcess(String name, Path logFile, Path pidFile) {
        this.name = Objects.requireNonNull(name, "name");
        this.logFile = logFile.toAbsolutePath();
        this.pidFile = pidFile.toAbsolutePath();
    }

    /**
     * Launches the command (does not wait for readiness).
     *
     * @param command the command line, without {@code setsid}
     * @param directory its working directory
     * @param environment edits the environment it inherits from this JVM
     * @return the launched process ({@code setsid} execs the command: same PID)
     * @throws IllegalStateException if this server is already running
     * @throws IOException if the log file cannot be written or the command not started
     */
    public synchronized Process start(List<String> command, Path directory, Consumer<Map<String, String>> environment)
            throws IOException {
        if (isRunning()) {
            throw new IllegalStateException(name + " is already running as process " + process.pid());
        }
        List<String> line = new ArrayList<>();
        findSetsid().ifPresent(setsid -> {
            line.add(setsid.toString());
            line.add("--wait"); // only matters if setsid has to fork; keeps our child alive meanwhile
        });
        line.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(line).directory(directory.toFile());
        environment.accept(builder.environment());
        Files.createDirectories(logFile.getParent());
        Files.writeString(logFile, "# " + Instant.now() + " " + String.join(" ", line) + System.lineSeparator(),
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.redirectErrorStream(true);
        process = builder.start();
        try {
            Files.writeString(pidFile, process.pid() + System.lineSeparator());
        } catch (IOException e) {
            stopQuietly();
            throw e;
        }
        return process;
    }

    /**
     * Waits until {@code GET health} answers 200 with {@code "status": "UP"} (MicroProfile Health), polling
     * every half second.
     *
     * @param health the readiness URL, on 127.0.0.1
     * @param timeout how long to wait
     * @throws IllegalStateException if the process ended (or was stopped) meanwhile, was not ready in
     *     time, or the wait was interrupted; the server is then stopped and the message names the log
     *     file and quotes its last lines
     */
    public void awaitHealthy(URI health, Duration timeout) {
        Process launched;
        synchronized (this) {
            launched = Objects.requireNonNull(process, "not started");
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).GET().build();
        Instant deadline = Instant.now().plus(timeout);
        String lastAnswer = "no answer yet";
        try {
            while (true) {
                boolean stoppedMeanwhile;
                synchronized (this) {
                    stoppedMeanwhile = process != launched;
                }
                if (stoppedMeanwhile || !launched.isAlive()) {
                    String exit = stoppedMeanwhile ? "stopped meanwhile" : "exit code " + launched.exitValue();
                    throw failure(name + " ended during start-up (" + exit + "); see " + logFile);
                }
                try {
                    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                    lastAnswer = "HTTP " + response.statusCode() + " " + response.body().replaceAll("\\s+", " ");
                    if (response.statusCode() == 200 && STATUS_UP.matcher(response.body()).matches()) {
                        return;
                    }
                } catch (IOException e) {
                    lastAnswer = e.toString();
                }
                if (Instant.now().isAfter(deadline)) {
                    throw failure(name + " not ready after " + timeout.toSeconds() + " s (" + health + ": " + lastAnswer
                            + "); stopped it. See " + logFile);
                }
                Thread.sleep(POLL.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopQuietly();
            throw new IllegalStateException("Interrupted while waiting for " + name + "; stopped it", e);
        }
    }

    private IllegalStateException failure(String message) {
        stopQuietly();
        return new IllegalStateException(message + ". Last lines:" + System.lineSeparator()
                + Logs.tail(logFile, LOG_TAIL_LINES));
    }

    /** Whether the launched process is alive. */
    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** The launched process, until stopped. */
    public synchronized Optional<ProcessHandle> handle() {
        return process == null ? Optional.empty() : Optional.of(process.toHandle());
    }

    /**
     * Stops the server and all its descendants: SIGTERM, then after {@code grace} SIGKILL to what is
     * left; returns once all have ended. Idempotent.
     *
     * @throws IllegalStateException if some are still alive {@code forced} after the SIGKILL
     */
    public synchronized void stop(Duration grace, Duration forced) {
        if (process == null) {
            return;
        }
        ProcessHandle root = process.toHandle();
        List<ProcessHandle> tree = Processes.tree(root);
        if (!Processes.stop(root, tree, grace, forced)) {
            throw new IllegalStateException(name + " processes still alive after SIGKILL: " + Processes.alive(tree));
        }
        process = null;
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            // harmless: the file only serves to name a leftover process in an error message
        }
    }

    private void stopQuietly() {
        try {
            stop(QUICK_STOP, QUICK_STOP);
        } catch (RuntimeException e) {
            // the start-up failure is the error worth reporting
        }
    }

    /** A process started earlier with this PID file (by another JVM, say) that is still alive. */
    public Optional<Long> leftover() {
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(ProcessHandle::pid);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Where the output goes. */
    public Path logFile() {
        return logFile;
    }

    /** The last lines of the log (see {@link Logs#tail(Path, int)}). */
    public String logTail(int lines) {
        return Logs.tail(logFile, lines);
    }

    private static Optional<Path> findSetsid() {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("") + File.pathSeparator + "/usr/bin:/bin";
        return Arrays.stream(path.split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "setsid"))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
