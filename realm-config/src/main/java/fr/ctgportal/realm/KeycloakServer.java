package fr.ctgportal.realm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Starts and stops a local Keycloak ({@code keycloak-quarkus-dist} zip) with the {@code ctg} realm,
 * for development and integration tests. JDK only: no Keycloak Java adapter, no admin client.
 *
 * <p>Typical use:
 * <pre>{@code
 * try (KeycloakServer kc = new KeycloakServer(KeycloakServer.defaultDistributionZip(),
 *         Path.of("target/keycloak"), 8180, 9180)) {
 *     kc.start(Duration.ofMinutes(3));
 *     String issuer = kc.issuerUri();   // http://localhost:8180/realms/ctg
 *     ...
 * }
 * }</pre>
 * Nothing global is registered: a caller that wants Keycloak stopped when its JVM ends adds its
 * own shutdown hook ({@code Runtime.getRuntime().addShutdownHook(new Thread(kc::stop))}).
 * Manual use: {@code java -cp realm-config/target/realm-config-*.jar fr.ctgportal.realm.KeycloakServer}
 * (see {@link #main(String[])}).
 *
 * <p>Choices, each from a pitfall seen on this project's machines:
 * <ul>
 * <li>Keycloak is launched through {@code setsid} in its own session and process group, its
 *     stdout and stderr appended to a log file ({@link #logFile()}), stdin from {@code /dev/null}.
 *     Never a pipe: nobody reads a pipe once start-up is over, it fills up and Keycloak (or the
 *     Maven plugin waiting on it) hangs. Its own process group also keeps a terminal's Ctrl-C away
 *     from Keycloak, so the caller's shutdown hook stops it in order.</li>
 * <li>{@code kc.sh} is a shell script running a java child (and re-executing java after the
 *     build step): {@link #stop()} therefore ends the whole tree
 *     ({@link ProcessHandle#descendants()}), not just the direct child.</li>
 * <li>The issuer is {@code http://localhost:<port>/realms/ctg} ({@code --hostname}): tokens
 *     carry the host name used to fetch them, and the portal is configured with
 *     {@code localhost}; a token obtained through 127.0.0.1 would be rejected.</li>
 * <li>Everything binds to 127.0.0.1: HTTP ({@code --http-host}) and the management interface
 *     ({@code --http-management-host}), where {@code /health/ready} answers once
 *     {@code --health-enabled=true} is given (health is off by default in Keycloak 26). Dev mode
 *     uses a local Infinispan cache, so there is no JGroups cluster port; the only other socket
 *     is Narayana's transaction recovery listener, on 127.0.0.1 and an ephemeral port.</li>
 * <li>The two ports are checked before anything starts, with a message naming the port: a
 *     Keycloak that cannot bind only says so deep in its log.</li>
 * <li>No environment variable named {@code KC_*} is passed: Keycloak reads every one of them as
 *     an option. Those inherited from the caller's environment are removed too, as are
 *     {@code JAVA_OPTS*}, so that every start uses the same options; the heap stays modest
 *     ({@value #HEAP_OPTIONS}).</li>
 * <li>{@code --import-realm} skips a realm that already exists in Keycloak's H2 database
 *     ({@code <home>/data/h2}): after editing the realm file, call {@link #resetData()} (or
 *     delete that directory) before the next start.</li>
 * </ul>
 * The first start of a fresh install takes ~40 s on 2 cores (Quarkus build step), later starts
 * ~10-15 s.
 */
public final class KeycloakServer implements AutoCloseable {

    /** The realm's name. */
    public static final String REALM = "ctg";
    /** The Keycloak version this module is made for (the distribution zip in the local Maven repository). */
    public static final String KEYCLOAK_VERSION = "26.7.3";
    /** The class path resource of the realm file. */
    public static final String REALM_RESOURCE = "realm/ctg-realm.json";
    /** The heap options given to Keycloak's JVM. */
    public static final String HEAP_OPTIONS = "-Xms64m -Xmx512m";
    /** The loopback address everything binds to. */
    public static final String BIND_ADDRESS = "127.0.0.1";

    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(15);
    private static final Duration FORCED_STOP = Duration.ofSeconds(10);
    private static final int LOG_TAIL_LINES = 20;

    private final Path distributionZip;
    private final Path installDir;
    private final int httpPort;
    private final int managementPort;
    private final Path logFile;
    private final Path pidFile;

    private Process process;
    private Path home;

    /**
     * @param distributionZip the {@code keycloak-quarkus-dist} zip, see {@link #defaultDistributionZip()}
     * @param installDir the directory the distribution is unpacked into (created if needed);
     *     it also holds {@code keycloak.log}
     * @param httpPort the HTTP port, on 127.0.0.1
     * @param managementPort the management port (health), on 127.0.0.1
     */
    public KeycloakServer(Path distributionZip, Path installDir, int httpPort, int managementPort) {
        this.distributionZip = Objects.requireNonNull(distributionZip, "distributionZip");
        this.installDir = Objects.requireNonNull(installDir, "installDir").toAbsolutePath().normalize();
        checkPort(httpPort, "httpPort");
        checkPort(managementPort, "managementPort");
        if (httpPort == managementPort) {
            throw new IllegalArgumentException("HTTP and management ports must differ, both are " + httpPort);
        }
        this.httpPort = httpPort;
        this.managementPort = managementPort;
        this.logFile = this.installDir.resolve("keycloak.log");
        this.pidFile = this.installDir.resolve("keycloak.pid");
    }

    private static void checkPort(int port, String name) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(name + " out of range: " + port);
        }
    }

    /**
     * The distribution zip in the local Maven repository: system property {@code maven.repo.local}
     * if set, else {@code ~/.m2/repository}.
     *
     * @throws IllegalStateException if the zip is not there
     */
    public static Path defaultDistributionZip() {
        String configured = System.getProperty("maven.repo.local");
        Path repo = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
        Path zip = repo.resolve(Path.of("org", "keycloak", "keycloak-quarkus-dist", KEYCLOAK_VERSION,
                "keycloak-quarkus-dist-" + KEYCLOAK_VERSION + ".zip"));
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("Keycloak distribution not found: " + zip
                    + ". Run the build once so that Maven downloads it: ./mvnw -B install -DskipTests");
        }
        return zip;
    }

    /**
     * Starts Keycloak and waits until {@code /health/ready} on the management port answers UP.
     * Checks both ports first, unpacks the distribution into the install directory if needed and
     * copies the realm file into {@code <home>/data/import}. Does nothing if already running.
     *
     * @param timeout how long to wait for readiness (give ~3 minutes for a first start on a slow machine)
     * @throws IllegalStateException if a port is taken, or Keycloak died or was not ready in time
     *     (the message names the log file and quotes its last lines; the process is stopped)
     * @throws UncheckedIOException if unpacking or copying failed
     */
    public void start(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        Process launched;
        synchronized (this) {
            if (isRunning()) {
                return;
            }
            ensurePortFree(httpPort, "HTTP");
            ensurePortFree(managementPort, "management");
            try {
                home = unpackIfNeeded();
                installRealm(home);
                process = launch(home);
                launched = process;
                Files.writeString(pidFile, Long.toString(process.pid()) + System.lineSeparator());
            } catch (IOException e) {
                stopQuietly();
                throw new UncheckedIOException("Could not start Keycloak in " + installDir + ": " + e.getMessage(), e);
            }
        }
        // Not holding the lock while waiting: stop() (e.g. from a shutdown hook) may interrupt a start.
        waitUntilReady(launched, timeout);
    }

    /** Whether the Keycloak process started by {@link #start(Duration)} is alive. */
    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /**
     * Stops Keycloak: SIGTERM to the launched process and all its descendants, then, after
     * ~15 s, SIGKILL to what is left; returns once all of them have ended. Idempotent.
     */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        ProcessHandle root = process.toHandle();
        List<ProcessHandle> tree = new ArrayList<>(root.descendants().toList());
        tree.add(root);
        tree.forEach(ProcessHandle::destroy);
        if (!awaitEnd(tree, GRACEFUL_STOP)) {
            // Descendants forked meanwhile (kc.sh re-executing java) are caught here too.
            List<ProcessHandle> left = new ArrayList<>(root.descendants().toList());
            left.addAll(tree);
            left.forEach(ProcessHandle::destroyForcibly);
            if (!awaitEnd(left, FORCED_STOP)) {
                throw new IllegalStateException("Keycloak processes still alive after SIGKILL: "
                        + left.stream().filter(ProcessHandle::isAlive).map(h -> Long.toString(h.pid())).toList());
            }
        }
        process = null;
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            // harmless: the file only serves to name a leftover process in an error message
        }
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /**
     * Deletes Keycloak's database ({@code <home>/data/h2}) so that the next start imports the
     * realm file again (Keycloak skips a realm that already exists). Everything changed through
     * the admin console is lost.
     *
     * @throws IllegalStateException if Keycloak is running
     */
    public synchronized void resetData() {
        if (isRunning()) {
            throw new IllegalStateException("Stop Keycloak before resetting its data");
        }
        Path h2 = keycloakHome().resolve("data").resolve("h2");
        try {
            deleteRecursively(h2);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + h2, e);
        }
    }

    /** {@code http://localhost:<httpPort>/realms/ctg}: the token issuer and OIDC provider URI. */
    public String issuerUri() {
        return baseUri() + "/realms/" + REALM;
    }

    /** {@code http://localhost:<httpPort>}. */
    public String baseUri() {
        return "http://localhost:" + httpPort;
    }

    /** The readiness URL on the management interface. */
    public String readinessUri() {
        return "http://" + BIND_ADDRESS + ":" + managementPort + "/health/ready";
    }

    public int httpPort() {
        return httpPort;
    }

    public int managementPort() {
        return managementPort;
    }

    public Path installDir() {
        return installDir;
    }

    /** Where Keycloak's stdout and stderr go: {@code <installDir>/keycloak.log}, rewritten at each start. */
    public Path logFile() {
        return logFile;
    }

    /** The unpacked distribution, {@code <installDir>/keycloak-<version>} (may not exist yet). */
    public Path keycloakHome() {
        if (home != null) {
            return home;
        }
        Path existing = installDir.resolve("keycloak-" + KEYCLOAK_VERSION);
        return Files.isDirectory(existing) ? existing : installDir.resolve(topLevelDirectoryName());
    }

    /** The launched process, while running. */
    public synchronized Optional<ProcessHandle> processHandle() {
        return process == null ? Optional.empty() : Optional.of(process.toHandle());
    }

    @Override
    public String toString() {
        return "KeycloakServer[" + issuerUri() + ", management " + managementPort + ", " + installDir + "]";
    }

    // ---------------------------------------------------------------------------------- start-up

    private void ensurePortFree(int port, String what) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true); // a TIME_WAIT left by the previous run is not "in use"
            socket.bind(new InetSocketAddress(InetAddress.getByName(BIND_ADDRESS), port));
        } catch (IOException e) {
            StringBuilder message = new StringBuilder("Keycloak ").append(what).append(" port ").append(port)
                    .append(" on ").append(BIND_ADDRESS).append(" is already in use (").append(e.getMessage())
                    .append("): stop whatever listens there (ss -ltnp 'sport = :").append(port)
                    .append("') or choose another port.");
            leftoverProcess().ifPresent(pid -> message.append(" A Keycloak started earlier from ")
                    .append(installDir).append(" still runs as process ").append(pid)
                    .append(": kill -- -").append(pid));
            throw new IllegalStateException(message.toString(), e);
        }
    }

    private Optional<Long> leftoverProcess() {
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

    private String topLevelDirectoryName() {
        try (ZipFile zip = new ZipFile(distributionZip.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                int slash = name.indexOf('/');
                if (slash > 0) {
                    return name.substring(0, slash);
                }
            }
            throw new IllegalStateException("No top-level directory in " + distributionZip);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read Keycloak distribution " + distributionZip, e);
        }
    }

    /** Unpacks the distribution unless {@code <home>/bin/kc.sh} exists; returns the home directory. */
    private Path unpackIfNeeded() throws IOException {
        if (!Files.isRegularFile(distributionZip)) {
            throw new IOException("Keycloak distribution not found: " + distributionZip);
        }
        String top = topLevelDirectoryName();
        Path target = installDir.resolve(top);
        if (Files.isRegularFile(target.resolve("bin").resolve("kc.sh"))) {
            return target;
        }
        Files.createDirectories(installDir);
        // Unpack beside, then rename: an interrupted unpack never looks like a complete install.
        Path staging = Files.createTempDirectory(installDir, ".unpack-");
        try {
            unzip(distributionZip, staging);
            Path unpacked = staging.resolve(top);
            makeScriptsExecutable(unpacked.resolve("bin"));
            deleteRecursively(target); // a partial leftover without bin/kc.sh
            Files.move(unpacked, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteRecursively(staging);
        }
        return target;
    }

    static void unzip(Path zipFile, Path targetDir) throws IOException {
        Path root = targetDir.toAbsolutePath().normalize();
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path out = root.resolve(entry.getName()).normalize();
                if (!out.startsWith(root) || out.equals(root)) {
                    throw new IOException("Refusing zip entry outside the target directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    private static void makeScriptsExecutable(Path bin) throws IOException {
        if (!Files.isDirectory(bin)) {
            throw new IOException("No bin directory in the Keycloak distribution: " + bin);
        }
        try (Stream<Path> files = Files.walk(bin)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file) && file.getFileName().toString().endsWith(".sh")) {
                    Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(file));
                    perms.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE,
                            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_EXECUTE));
                    Files.setPosixFilePermissions(file, perms);
                }
            }
        }
    }

    private static void installRealm(Path home) throws IOException {
        Path importDir = home.resolve("data").resolve("import");
        Files.createDirectories(importDir);
        try (InputStream in = KeycloakServer.class.getClassLoader().getResourceAsStream(REALM_RESOURCE)) {
            if (in == null) {
                throw new IOException("Realm file " + REALM_RESOURCE + " not found on the class path");
            }
            Files.copy(in, importDir.resolve("ctg-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The command line, as launched (without the setsid prefix). */
    public List<String> command() {
        return List.of(
                keycloakHome().resolve("bin").resolve("kc.sh").toString(),
                "start-dev",
                "--http-host=" + BIND_ADDRESS,
                "--http-port=" + httpPort,
                "--http-management-host=" + BIND_ADDRESS,
                "--http-management-port=" + managementPort,
                "--hostname=" + baseUri(),
                "--health-enabled=true",
                "--import-realm");
    }

    private Process launch(Path home) throws IOException {
        List<String> command = new ArrayList<>();
        findSetsid().ifPresent(setsid -> {
            command.add(setsid.toString());
            command.add("--wait"); // only matters if setsid has to fork; keeps our child alive meanwhile
        });
        command.addAll(command());

        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("KC_") || name.startsWith("JAVA_OPTS")
                || name.equals("JAVA_ADD_OPENS") || name.equals("DEBUG") || name.equals("DEBUG_PORT"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("JAVA_OPTS_KC_HEAP", HEAP_OPTIONS);

        Files.createDirectories(installDir);
        Files.writeString(logFile, "# " + Instant.now() + " " + String.join(" ", command) + System.lineSeparator(),
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.redirectErrorStream(true);
        return builder.start();
    }

    private static Optional<Path> findSetsid() {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("") + ":/usr/bin:/bin";
        return Arrays.stream(path.split(":"))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "setsid"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    private void waitUntilReady(Process launched, Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(readinessUri()))
                .timeout(Duration.ofSeconds(5)).GET().build();
        Instant deadline = Instant.now().plus(timeout);
        String lastAnswer = "no answer yet";
        while (true) {
            boolean stoppedMeanwhile;
            synchronized (this) {
                stoppedMeanwhile = process != launched;
            }
            if (stoppedMeanwhile || !launched.isAlive()) {
                String exit = stoppedMeanwhile ? "stopped meanwhile" : "exit code " + launched.exitValue();
                stopQuietly();
                throw new IllegalStateException("Keycloak ended during start-up (" + exit + "); see "
                        + logFile + ". Last lines:" + System.lineSeparator() + logTail());
            }
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                lastAnswer = "HTTP " + response.statusCode() + " " + response.body().replaceAll("\\s+", " ");
                if (response.statusCode() == 200 && response.body().matches("(?s).*\"status\"\\s*:\\s*\"UP\".*")) {
                    return;
                }
            } catch (IOException e) {
                lastAnswer = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopQuietly();
                throw new IllegalStateException("Interrupted while waiting for Keycloak; stopped it", e);
            }
            if (Instant.now().isAfter(deadline)) {
                stopQuietly();
                throw new IllegalStateException("Keycloak not ready after " + timeout.toSeconds() + " s ("
                        + readinessUri() + ": " + lastAnswer + "); stopped it. See " + logFile
                        + ". Last lines:" + System.lineSeparator() + logTail());
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopQuietly();
                throw new IllegalStateException("Interrupted while waiting for Keycloak; stopped it", e);
            }
        }
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (RuntimeException e) {
            // the start-up failure is the error worth reporting
        }
    }

    /** The last lines of the log file (at most the last 64 KiB of it is read). */
    String logTail() {
        try {
            if (!Files.isRegularFile(logFile)) {
                return "(no log file)";
            }
            byte[] bytes;
            try (var channel = Files.newByteChannel(logFile)) {
                long size = channel.size();
                int length = (int) Math.min(size, 64 * 1024);
                channel.position(size - length);
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(length);
                while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                    // read fully
                }
                bytes = buffer.array();
            }
            List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
            return String.join(System.lineSeparator(),
                    lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(cannot read " + logFile + ": " + e.getMessage() + ")";
        }
    }

    private static boolean awaitEnd(List<ProcessHandle> handles, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        for (ProcessHandle handle : handles) {
            Duration left = Duration.between(Instant.now(), deadline);
            if (left.isNegative() || left.isZero()) {
                break;
            }
            try {
                handle.onExit().get(left.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                break;
            } catch (java.util.concurrent.ExecutionException e) {
                // onExit never fails; fall through to the liveness check
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return handles.stream().noneMatch(ProcessHandle::isAlive);
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    // ------------------------------------------------------------------------------- manual use

    /**
     * Starts Keycloak on ports 8180 (HTTP) and 9180 (management) in {@code .ctg-portal/keycloak}
     * under the current directory and runs until Ctrl-C (a shutdown hook stops Keycloak).
     * System properties {@code ctg.keycloak.http-port}, {@code ctg.keycloak.management-port} and
     * {@code ctg.keycloak.dir} change these.
     * Arguments: {@code start} (default) or {@code reset} (delete Keycloak's database first, so
     * that the realm file is imported again).
     */
    public static void main(String[] args) {
        String action = args.length > 0 ? args[0] : "start";
        if (!action.equals("start") && !action.equals("reset")) {
            System.err.println("Usage: KeycloakServer [start|reset]");
            System.exit(2);
        }
        KeycloakServer server = new KeycloakServer(defaultDistributionZip(),
                Path.of(System.getProperty("ctg.keycloak.dir",
                        Path.of(System.getProperty("user.dir"), ".ctg-portal", "keycloak").toString())),
                Integer.getInteger("ctg.keycloak.http-port", 8180),
                Integer.getInteger("ctg.keycloak.management-port", 9180));
        if (action.equals("reset")) {
            server.resetData();
        }
        AtomicBoolean shuttingDown = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            shuttingDown.set(true);
            server.stop();
        }, "keycloak-stop"));
        System.out.println("Starting Keycloak " + KEYCLOAK_VERSION + " (log: " + server.logFile() + ")...");
        Instant begin = Instant.now();
        server.start(Duration.ofMinutes(5));
        System.out.println("Keycloak ready in " + Duration.between(begin, Instant.now()).toSeconds() + " s.");
        System.out.println("  issuer:  " + server.issuerUri());
        System.out.println("  account: " + server.issuerUri() + "/account");
        System.out.println("  demo users (password CtgDemo2026!): rh.ales, rh.uzes, coop.ales, coop.uzes,"
                + " conseil.nord, conseil.sud, direction.caf, admin.ctg");
        System.out.println("Ctrl-C stops it.");
        ProcessHandle handle = server.processHandle().orElseThrow();
        handle.onExit().join();
        if (!shuttingDown.get()) { // else the shutdown hook is stopping it: let the JVM end
            System.err.println("Keycloak ended by itself; see " + server.logFile());
            System.exit(1);
        }
    }
}
