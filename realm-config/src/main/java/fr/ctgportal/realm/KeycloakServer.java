package fr.ctgportal.realm;

import fr.ctgportal.process.FileTrees;
import fr.ctgportal.process.Ports;
import fr.ctgportal.process.ServerProcess;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Starts and stops a local Keycloak ({@code keycloak-quarkus-dist} zip) with the {@code ctg} realm,
 * for development and integration tests. JDK only: no Keycloak Java adapter, no admin client; the
 * process itself is run by {@link ServerProcess}, as the portal's other launchers do.
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
 * Manual use: {@code java -cp realm-config/target/realm-config-*.jar:ctg-portal-process/target/ctg-portal-process-*.jar
 * fr.ctgportal.realm.KeycloakServer}
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
    /**
     * The Keycloak version this module is made for (the distribution zip in the local Maven
     * repository): the root pom's {@code keycloak.version}, written into a resource by the build.
     */
    public static final String KEYCLOAK_VERSION = buildProperty("keycloak.version");
    /** The class path resource of the realm file. */
    public static final String REALM_RESOURCE = "realm/ctg-realm.json";
    /** The heap options given to Keycloak's JVM. */
    public static final String HEAP_OPTIONS = "-Xms64m -Xmx512m";
    /** The loopback address everything binds to. */
    public static final String BIND_ADDRESS = Ports.LOOPBACK;

    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(15);
    private static final Duration FORCED_STOP = Duration.ofSeconds(10);

    private final Path distributionZip;
    private final Path installDir;
    private final int httpPort;
    private final int managementPort;
    private final ServerProcess process;

    private Path home;

    /** The SMTP port of the realm's mail (its {@code smtpServer}: {@code CTG_SMTP_PORT}), or 0 for the realm's default. */
    private int smtpPort;

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
        this.process = new ServerProcess("Keycloak", this.installDir.resolve("keycloak.log"),
                this.installDir.resolve("keycloak.pid"));
    }

    /**
     * Sends the realm's e-mails (e.g. "set your password") to this SMTP port on 127.0.0.1 (the tests'
     * GreenMail) instead of the realm file's default (3025, the run command's GreenMail).
     *
     * @return this server
     */
    public KeycloakServer withSmtpPort(int port) {
        checkPort(port, "smtpPort");
        this.smtpPort = port;
        return this;
    }

    private static String buildProperty(String name) {
        try (InputStream in = KeycloakServer.class.getResourceAsStream("keycloak.properties")) {
            Properties properties = new Properties();
            properties.load(Objects.requireNonNull(in, "keycloak.properties missing from the class path"));
            return Objects.requireNonNull(properties.getProperty(name), name);
        } catch (IOException e) {
            throw new UncheckedIOException("keycloak.properties unreadable", e);
        }
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
        synchronized (this) {
            if (isRunning()) {
                return;
            }
            ensurePortFree(httpPort, "HTTP");
            ensurePortFree(managementPort, "management");
            try {
                home = unpackIfNeeded();
                installRealm(home);
                process.start(command(), home, this::environment);
            } catch (IOException e) {
                stopQuietly();
                throw new UncheckedIOException("Could not start Keycloak in " + installDir + ": " + e.getMessage(), e);
            }
        }
        // Not holding the lock while waiting: stop() (e.g. from a shutdown hook) may interrupt a start.
        process.awaitHealthy(URI.create(readinessUri()), timeout);
    }

    /**
     * No {@code KC_*} variable (Keycloak reads each as an option), none of the caller's
     * {@code JAVA_OPTS*} or debug settings: every start uses the same options.
     */
    private void environment(Map<String, String> env) {
        env.keySet().removeIf(name -> name.startsWith("KC_") || name.startsWith("JAVA_OPTS")
                || name.equals("JAVA_ADD_OPENS") || name.equals("DEBUG") || name.equals("DEBUG_PORT")
                || name.startsWith("CTG_SMTP_"));
        if (smtpPort > 0) {
            env.put("CTG_SMTP_PORT", Integer.toString(smtpPort)); // read by the realm file's smtpServer at import
        }
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("JAVA_OPTS_KC_HEAP", HEAP_OPTIONS);
    }

    /** Whether the Keycloak process started by {@link #start(Duration)} is alive. */
    public boolean isRunning() {
        return process.isRunning();
    }

    /**
     * Stops Keycloak: SIGTERM to the launched process and all its descendants, then, after
     * ~15 s, SIGKILL to what is left; returns once all of them have ended. Idempotent.
     *
     * @throws IllegalStateException if processes are still alive after the SIGKILL
     */
    public synchronized void stop() { // synchronized: a stop during start() waits for the launch, then ends it
        process.stop(GRACEFUL_STOP, FORCED_STOP);
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (RuntimeException e) {
            // the start-up failure is the error worth reporting
        }
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
            FileTrees.delete(h2);
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
        return process.logFile();
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
    public Optional<ProcessHandle> processHandle() {
        return process.handle();
    }

    @Override
    public String toString() {
        return "KeycloakServer[" + issuerUri() + ", management " + managementPort + ", " + installDir + "]";
    }

    // ---------------------------------------------------------------------------------- start-up

    private void ensurePortFree(int port, String what) {
        Optional<String> taken = Ports.whyTaken(port);
        if (taken.isPresent()) {
            StringBuilder message = new StringBuilder("Keycloak ").append(what).append(" port ").append(port)
                    .append(" on ").append(BIND_ADDRESS).append(" is already in use (").append(taken.get())
                    .append("): stop whatever listens there (ss -ltnp 'sport = :").append(port)
                    .append("') or choose another port.");
            process.leftover().ifPresent(pid -> message.append(" A Keycloak started earlier from ")
                    .append(installDir).append(" still runs as process ").append(pid)
                    .append(": kill -- -").append(pid));
            throw new IllegalStateException(message.toString());
        }
    }

    private String topLevelDirectoryName() {
        try {
            return FileTrees.topLevelDirectory(distributionZip);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read Keycloak distribution " + distributionZip, e);
        }
    }

    /** Unpacks the distribution unless {@code <home>/bin/kc.sh} exists; returns the home directory. */
    private Path unpackIfNeeded() throws IOException {
        if (!Files.isRegularFile(distributionZip)) {
            throw new IOException("Keycloak distribution not found: " + distributionZip);
        }
        String top = FileTrees.topLevelDirectory(distributionZip);
        Path target = installDir.resolve(top);
        if (Files.isRegularFile(target.resolve("bin").resolve("kc.sh"))) {
            return target;
        }
        Files.createDirectories(installDir);
        // Unpack beside, then rename: an interrupted unpack never looks like a complete install.
        Path staging = Files.createTempDirectory(installDir, ".unpack-");
        try {
            FileTrees.unzip(distributionZip, staging);
            Path unpacked = staging.resolve(top);
            FileTrees.makeExecutable(unpacked.resolve("bin"), file -> file.getFileName().toString().endsWith(".sh"));
            FileTrees.delete(target); // a partial leftover without bin/kc.sh
            Files.move(unpacked, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            FileTrees.delete(staging);
        }
        return target;
    }

    /**
     * Copies the realm file for {@code --import-realm}. Keycloak skips a realm that exists: when the realm
     * file differs from the one imported last, Keycloak's database is deleted so that this start imports
     * it again (a realm change reaches every kept installation, the tests' included).
     */
    private static void installRealm(Path home) throws IOException {
        Path importDir = home.resolve("data").resolve("import");
        Files.createDirectories(importDir);
        byte[] realm;
        try (InputStream in = KeycloakServer.class.getClassLoader().getResourceAsStream(REALM_RESOURCE)) {
            if (in == null) {
                throw new IOException("Realm file " + REALM_RESOURCE + " not found on the class path");
            }
            realm = in.readAllBytes();
        }
        Path imported = importDir.resolve("ctg-realm.json");
        if (Files.isRegularFile(imported) && !java.util.Arrays.equals(Files.readAllBytes(imported), realm)) {
            FileTrees.delete(home.resolve("data").resolve("h2"));
        }
        Files.write(imported, realm);
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
