package fr.ctgportal.dev;

import fr.ctgportal.realm.KeycloakServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * The run command: starts MariaDB (embedded, unless {@code CTG_DB_URL} names an external server),
 * Keycloak with the realm, and Payara Micro with the portal, in that order, each waited for; prints
 * the address and the demo accounts; stops all three on Ctrl-C. {@code --reset} first deletes the
 * local data (database and Keycloak), which come back as new on the next start.
 */
public final class DevPortal {

    static final int DB_PORT = 3307;
    static final int KEYCLOAK_PORT = 8180;
    static final int KEYCLOAK_MANAGEMENT_PORT = 9180;
    static final int PORTAL_PORT = 8080;

    private DevPortal() {
    }

    public static void main(String[] args) throws Exception {
        if (Runtime.version().feature() < 17) {
            fail("Java 17 ou plus récent est nécessaire (trouvé : " + Runtime.version() + ").");
        }
        Path home = Path.of(System.getProperty("ctg.home", ".")).toAbsolutePath().normalize();
        Path runtime = home.resolve("ctg-portal-dev/target/runtime");
        Path state = home.resolve(".ctg-portal");
        if (Stream.of(args).anyMatch("--reset"::equals)) {
            deleteTree(state);
            System.out.println("Données locales effacées : " + state);
        }
        String externalDb = System.getenv("CTG_DB_URL");
        Ports.requireFree(PORTAL_PORT, "portail");
        Ports.requireFree(KEYCLOAK_PORT, "Keycloak");
        Ports.requireFree(KEYCLOAK_MANAGEMENT_PORT, "Keycloak, gestion");

        EmbeddedDatabase db = externalDb == null ? new EmbeddedDatabase(state.resolve("mariadb"), DB_PORT) : null;
        KeycloakServer keycloak = new KeycloakServer(runtime.resolve("keycloak.zip"), state.resolve("keycloak"),
                KEYCLOAK_PORT, KEYCLOAK_MANAGEMENT_PORT);
        Map<String, String> env = new HashMap<>();
        if (db != null) {
            env.put("CTG_DB_URL", db.jdbcUrl());
            env.put("CTG_DB_USER", EmbeddedDatabase.USER);
            env.put("CTG_DB_PASSWORD", EmbeddedDatabase.PASSWORD);
            env.put("CTG_DEMO_DATA", "true");
        }
        env.put("CTG_OIDC_PROVIDER_URI", keycloak.issuerUri());
        PayaraMicroServer portal = new PayaraMicroServer(runtime.resolve("payara-micro.jar"),
                runtime.resolve("ctg-portal-web.war"), PORTAL_PORT, state.resolve("payara"), env);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nArrêt du portail, de Keycloak et de MariaDB...");
            portal.stop();
            keycloak.stop();
            if (db != null) {
                db.stop();
            }
            System.out.println("Tout est arrêté.");
            stopped.countDown();
        }, "ctg-portal-stop"));

        try {
            if (db != null) {
                step("MariaDB (intégrée) sur 127.0.0.1:" + DB_PORT + ", données dans " + state.resolve("mariadb"));
                db.start();
            } else {
                step("Base MariaDB externe : " + externalDb + " (pas de données de démonstration)");
            }
            step("Keycloak sur " + keycloak.issuerUri() + " (premier démarrage ~1 min)");
            keycloak.start(Duration.ofMinutes(4));
            step("Payara Micro et le portail sur http://localhost:" + PORTAL_PORT + "/");
            portal.start(Duration.ofMinutes(4));
        } catch (RuntimeException e) {
            fail(e.getMessage());
        }
        System.out.println(banner());
        stopped.await();
    }

    private static String banner() {
        return """

                ==================================================================
                 Portail CTG prêt : http://localhost:%d/
                 Comptes de démonstration (mot de passe pour tous : CtgDemo2026!)
                   rh.ales        authority-hr         CA Alès Agglomération
                   coop.ales      cooperation-officer  CA Alès Agglomération
                   rh.uzes        authority-hr         CC Pays d'Uzès
                   coop.uzes      cooperation-officer  CC Pays d'Uzès
                   conseil.nord   caf-advisor          Alès, Cèze Cévennes, Gard rhodanien...
                   conseil.sud    caf-advisor          Nîmes Métropole, Pays d'Uzès...
                   direction.caf  caf-manager          tout le département
                   admin.ctg      admin
                 Console Keycloak : http://localhost:%d/ (realm « ctg »)
                 Ctrl-C arrête tout.
                ==================================================================
                """.formatted(PORTAL_PORT, KEYCLOAK_PORT);
    }

    private static void step(String what) {
        System.out.println("-> " + what);
    }

    private static void fail(String message) {
        System.err.println("\nERREUR : " + message);
        System.exit(1);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
