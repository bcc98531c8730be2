package fr.ctgportal.it.ear;

import fr.ctgportal.process.FileTrees;
import fr.ctgportal.process.Logs;
import fr.ctgportal.process.Ports;
import fr.ctgportal.process.Processes;
import fr.ctgportal.process.Sockets;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A throw-away domain of a real Payara Server (the distribution zip), driven through its own
 * {@code asadmin}, for tests: unpacked once under a work folder, the domain deleted and created
 * again at each run, bound to 127.0.0.1 only, stopped with nothing left behind.
 *
 * <p>Choices, from what was seen with Payara Server 6.2025.10:
 * <ul>
 * <li>{@code create-domain --portbase B}: HTTP on B+80, admin on B+48, HTTPS B+81, IIOP B+37..39,
 *     JMX B+86, Hazelcast B+49/B+59; the ports are checked free first, for a clear message.</li>
 * <li>A new domain listens on every interface (IIOP, JMX, HTTP). Before the first start
 *     {@code config/domain.xml} is edited (DOM): every {@code network-listener},
 *     {@code iiop-listener} and {@code jmx-connector} gets {@code address="127.0.0.1"}, the JMX
 *     connector is also disabled (bound to 127.0.0.1 it logs a SEVERE at stop), Hazelcast
 *     ({@code hazelcast-runtime-configuration}) gets interface and DAS bind address 127.0.0.1 plus
 *     {@code -Dhazelcast.socket.bind.any=false}, and the JMS broker is turned off
 *     ({@code jms-service type="DISABLED"}: the portal sends no messages). {@link #listeningSockets()}
 *     lets the test check the outcome on the running process.</li>
 * <li>{@code asadmin start-domain} hands its own environment to the server JVM, so the values the
 *     portal reads through MicroProfile Config are given as environment variables of that command.</li>
 * <li>{@code asadmin} output goes to a file, never to a pipe: the server JVM outlives the command.</li>
 * <li>The server's PID comes from {@code config/pid}; {@link #stop(Duration)} ends it (and its
 *     descendants) by PID if {@code stop-domain} did not.</li>
 * </ul>
 */
public final class PayaraServerDomain {

    private static final String ADMIN_USER = "admin";

    private final Path zip;
    private final Path home;
    private final String name;
    private final int portBase;
    private final Path logs;
    private int commands;
    private ProcessHandle server;
    private Thread shutdownHook;

    /**
     * @param zip      the Payara Server distribution zip
     * @param folder   where it is unpacked (once) and where asadmin output is kept
     * @param name     the domain's name
     * @param portBase the domain's port base (HTTP = portBase + 80, admin = portBase + 48)
     */
    public PayaraServerDomain(Path zip, Path folder, String name, int portBase) {
        this.zip = zip.toAbsolutePath();
        this.home = folder.toAbsolutePath();
        this.name = name;
        this.portBase = portBase;
        this.logs = this.home.resolve("asadmin-logs");
    }

    public int httpPort() {
        return portBase + 80;
    }

    public int adminPort() {
        return portBase + 48;
    }

    /** The installation root, {@code payara6}. */
    public Path installRoot() {
        return home.resolve("payara6");
    }

    public Path domainDir() {
        return installRoot().resolve("glassfish/domains").resolve(name);
    }

    public Path serverLog() {
        return domainDir().resolve("logs/server.log");
    }

    /** The end of server.log, for failure messages. */
    public String serverLogTail(int lines) {
        return Logs.tail(serverLog(), lines);
    }

    /** The running server, if started by {@link #start}. */
    public Optional<ProcessHandle> server() {
        return Optional.ofNullable(server);
    }

    /** Unpacks the distribution unless a previous run already unpacked this same zip (zip-slip safe). */
    public synchronized void install() throws IOException {
        Path done = home.resolve(".unpacked");
        String stamp = zip + " " + Files.size(zip) + " " + Files.getLastModifiedTime(zip).toMillis() + "\n";
        if (Files.exists(done) && Files.readString(done).equals(stamp)
                && Files.isRegularFile(installRoot().resolve("bin/asadmin"))) {
            return;
        }
        Path target = home.resolve("unpacking");
        FileTrees.delete(target);
        Files.createDirectories(target);
        FileTrees.unzip(zip, target);
        Path unpackedRoot = target.resolve("payara6");
        if (!Files.isRegularFile(unpackedRoot.resolve("bin/asadmin"))) {
            throw new IOException("Pas de payara6/bin/asadmin dans " + zip);
        }
        for (String dir : List.of("bin", "glassfish/bin")) {
            FileTrees.makeExecutable(unpackedRoot.resolve(dir), file -> true);
        }
        FileTrees.delete(installRoot());
        Files.move(unpackedRoot, installRoot());
        FileTrees.delete(target);
        Files.writeString(done, stamp);
    }

    /**
     * Deletes the domain if a previous run left it (stopping its server first), checks the ports
     * and creates it again, then binds it to 127.0.0.1 ({@link #bindToLoopback}).
     */
    public synchronized void recreate(Duration timeout) throws IOException, InterruptedException {
        if (Files.isDirectory(domainDir())) {
            pidFromFile().flatMap(ProcessHandle::of).filter(this::isOurServer).ifPresent(stale -> {
                server = stale;
                stop(Duration.ofMinutes(1));
            });
            FileTrees.delete(domainDir());
        }
        for (int offset : new int[]{80, 81, 48, 37, 38, 39, 86, 49, 59, 76, 66}) {
            Ports.requireFree(portBase + offset, "Payara Server, domaine " + name);
        }
        FileTrees.delete(logs);
        Path passwordFile = passwordFile();
        List<String> create = List.of("--user", ADMIN_USER, "--passwordfile", passwordFile.toString(),
                "create-domain", "--nopassword=true", "--portbase", Integer.toString(portBase), "--checkports=true",
                name);
        asadmin(timeout, Map.of(), "create-domain", create);
        bindToLoopback(domainDir().resolve("config/domain.xml"));
    }

    /**
     * Starts the domain with these environment variables added, then reads its PID.
     * Throws with the end of server.log when it does not come up.
     */
    public synchronized void start(Map<String, String> environment, Duration timeout)
            throws IOException, InterruptedException {
        Files.deleteIfExists(domainDir().resolve("config/pid"));
        try {
            local(timeout.plusMinutes(1), environment, "start-domain", "--timeout", Long.toString(timeout.toSeconds()),
                    name);
        } finally {
            // even on failure, find the JVM so that stop() ends it
            pidFromFile().flatMap(ProcessHandle::of).filter(this::isOurServer).ifPresent(this::watch);
        }
        if (server == null) {
            throw new IllegalStateException("Payara Server a démarré sans fichier " + domainDir().resolve("config/pid")
                    + "\n--- server.log ---\n" + serverLogTail(80));
        }
    }

    public void deploy(Path archive, String applicationName, Duration timeout)
            throws IOException, InterruptedException {
        remote(timeout, "deploy", "--name", applicationName, "--force=true", archive.toAbsolutePath().toString());
    }

    public void undeploy(String applicationName, Duration timeout) throws IOException, InterruptedException {
        remote(timeout, "undeploy", applicationName);
    }

    /**
     * {@code stop-domain}, then waits for the server JVM to end; if it does not, ends it and its
     * descendants forcibly. Returns whether the JVM is gone.
     */
    public synchronized boolean stop(Duration grace) {
        if (server == null) {
            pidFromFile().flatMap(ProcessHandle::of).filter(this::isOurServer).ifPresent(this::watch);
        }
        if (server == null) {
            return true;
        }
        // listed now: once stop-domain has run, the server's descendants cannot be found from it
        List<ProcessHandle> tree = Processes.tree(server);
        try {
            local(grace, "stop-domain", name);
        } catch (IOException | RuntimeException e) {
            System.err.println("stop-domain " + name + " : " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        boolean gone = Processes.awaitEnd(tree, grace)
                || Processes.stop(server, tree, Duration.ofSeconds(20), Duration.ofSeconds(20));
        if (gone) {
            server = null;
            removeShutdownHook();
        }
        return gone;
    }

    /**
     * The TCP sockets in LISTEN state and the unconnected UDP sockets of the server JVM, read from
     * {@code /proc/<pid>/fd} (socket inodes) and {@code /proc/net/{tcp,tcp6,udp,udp6}}.
     */
    public List<InetSocketAddress> listeningSockets() throws IOException {
        ProcessHandle process = server().orElseThrow(() -> new IllegalStateException("domaine arrêté"));
        return Sockets.listening(List.of(process));
    }

    // --- domain.xml ---

    static void bindToLoopback(Path domainXml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setExpandEntityReferences(false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Document document = factory.newDocumentBuilder().parse(domainXml.toFile());
            for (String tag : List.of("network-listener", "iiop-listener", "jmx-connector")) {
                for (Element element : elements(document, tag)) {
                    element.setAttribute("address", "127.0.0.1");
                }
            }
            for (Element jmx : elements(document, "jmx-connector")) {
                // nobody needs remote JMX here; bound to 127.0.0.1 it also logs a SEVERE
                // NotBoundException at every stop
                jmx.setAttribute("enabled", "false");
            }
            for (Element hazelcast : elements(document, "hazelcast-runtime-configuration")) {
                hazelcast.setAttribute("interface", "127.0.0.1");
                hazelcast.setAttribute("das-bind-address", "127.0.0.1");
                hazelcast.setAttribute("das-public-address", "127.0.0.1");
            }
            Element serverConfig = elements(document, "config").stream()
                    .filter(config -> "server-config".equals(config.getAttribute("name")))
                    .findFirst().orElseThrow(() -> new IOException("pas de server-config dans " + domainXml));
            Element jms = directChild(serverConfig, "jms-service").orElseGet(() -> {
                Element created = document.createElement("jms-service");
                serverConfig.appendChild(created);
                return created;
            });
            jms.setAttribute("type", "DISABLED");
            Element javaConfig = directChild(serverConfig, "java-config")
                    .orElseThrow(() -> new IOException("pas de java-config dans " + domainXml));
            for (Element option : elements(javaConfig, "jvm-options")) {
                if (option.getTextContent().startsWith("-Xmx")) {
                    option.setTextContent("-Xmx1g");
                }
            }
            Path tmp = domainXml.getParent().getParent().resolve("tmp");
            Files.createDirectories(tmp);
            for (String option : List.of("-Dhazelcast.socket.bind.any=false", "-Djava.io.tmpdir=" + tmp)) {
                Element element = document.createElement("jvm-options");
                element.setTextContent(option);
                javaConfig.appendChild(element);
            }
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            Path edited = domainXml.resolveSibling("domain.xml.loopback");
            transformer.transform(new DOMSource(document), new StreamResult(edited.toFile()));
            Files.move(edited, domainXml, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("domain.xml illisible ou non modifiable : " + domainXml + " : " + e, e);
        }
    }

    private static List<Element> elements(Node parent, String tag) {
        NodeList nodes = parent instanceof Document document
                ? document.getElementsByTagName(tag)
                : ((Element) parent).getElementsByTagName(tag);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    private static Optional<Element> directChild(Element parent, String tag) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && tag.equals(element.getTagName())) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }

    // --- asadmin ---

    private String remote(Duration timeout, String subcommand, String... arguments)
            throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of("--host", "127.0.0.1", "--port", Integer.toString(adminPort()),
                "--user", ADMIN_USER, "--passwordfile", passwordFile().toString(), subcommand));
        all.addAll(List.of(arguments));
        return asadmin(timeout, Map.of(), subcommand, all);
    }

    private String local(Duration timeout, String subcommand, String... arguments)
            throws IOException, InterruptedException {
        return local(timeout, Map.of(), subcommand, arguments);
    }

    private String local(Duration timeout, Map<String, String> environment, String subcommand, String... arguments)
            throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of(subcommand));
        all.addAll(List.of(arguments));
        return asadmin(timeout, environment, subcommand, all);
    }

    /** Runs asadmin, its output in a file under {@code asadmin-logs}; throws with that output if it fails. */
    private String asadmin(Duration timeout, Map<String, String> environment, String subcommand, List<String> arguments)
            throws IOException, InterruptedException {
        Files.createDirectories(logs);
        Path output = logs.resolve(String.format("%02d-%s.log", ++commands, subcommand));
        List<String> command = new ArrayList<>();
        command.add(installRoot().resolve("bin/asadmin").toString());
        command.add("--interactive=false");
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("AS_ADMIN_"));
        // the asadmin client keeps a command cache under ~/.gfclient: keep it in the work folder
        builder.environment().put("AS_EXTRA_JAVA_OPTS", "-Duser.home=" + home.resolve("client-home")
                + " -Djava.io.tmpdir=" + home.resolve("client-tmp"));
        Files.createDirectories(home.resolve("client-tmp"));
        builder.environment().putAll(environment);
        Instant started = Instant.now();
        Process process = builder.start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            Processes.kill(process.toHandle());
            process.waitFor(10, TimeUnit.SECONDS);
            throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " : pas fini en "
                    + timeout.toSeconds() + " s\n" + Files.readString(output, StandardCharsets.ISO_8859_1)
                    + "\n--- server.log ---\n" + serverLogTail(80));
        }
        String text = Files.readString(output, StandardCharsets.ISO_8859_1);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " : code " + process.exitValue()
                    + "\n" + text + "\n--- server.log ---\n" + serverLogTail(80));
        }
        System.out.printf("asadmin %s : %d ms%n", subcommand, Duration.between(started, Instant.now()).toMillis());
        return text;
    }

    private Path passwordFile() throws IOException {
        Path file = home.resolve("admin-password.txt");
        if (!Files.exists(file)) {
            Files.createDirectories(home);
            // no admin password: asadmin reads an empty one from here instead of prompting
            Files.writeString(file, "AS_ADMIN_PASSWORD=\n");
        }
        return file;
    }

    // --- process ---

    private Optional<Long> pidFromFile() {
        Path pid = domainDir().resolve("config/pid");
        try {
            return Files.exists(pid) ? Optional.of(Long.parseLong(Files.readString(pid).trim())) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A PID file can outlive its process and the PID be reused: check it is this domain's JVM. */
    private boolean isOurServer(ProcessHandle process) {
        try {
            String commandLine = Files.readString(Path.of("/proc", Long.toString(process.pid()), "cmdline"),
                    StandardCharsets.ISO_8859_1);
            return List.of(commandLine.split("\0")).contains("-Dcom.sun.aas.instanceRoot=" + domainDir());
        } catch (IOException e) {
            return false;
        }
    }

    private void watch(ProcessHandle process) {
        server = process;
        if (shutdownHook == null) {
            // if the test JVM is interrupted (Ctrl-C, failsafe timeout), do not leave the server running
            shutdownHook = new Thread(() -> {
                ProcessHandle running = server;
                if (running != null && running.isAlive()) {
                    Processes.kill(running);
                }
            }, "payara-server-" + name + "-stop");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
    }

    private void removeShutdownHook() {
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
            shutdownHook = null;
        }
    }
}
