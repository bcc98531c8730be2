package fr.ctgportal.dev;

import fr.ctgportal.process.FileTrees;
import fr.ctgportal.process.Ports;
import fr.ctgportal.realm.KeycloakServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * The run command: starts MariaDB (embedded, unless {@code CTG_DB_URL} names an external server),
 * GreenMail (unless {@code CTG_MAIL_HOST} names an external SMTP server), Keycloak with the realm,
 * and Payara Micro with the portal, in that order, each waited for; prints the address and the demo
 * accounts; stops them all on Ctrl-C. {@code --reset} first deletes the local data (database,
 * Keycloak, mails), which come back as new on the next start.
 *
 * <p>{@code --nodes 2} (2 to 4) runs the portal as a cluster instead: that many Payara Micro nodes
 * (HTTP 8081, 8082...; Hazelcast 5901, 5902... on 127.0.0.1) sharing the users' sessions, behind
 * HAProxy on 8080 (sticky sessions, health checks on {@code /health/ready}), so the address stays
 * the same. Debian's {@code haproxy} must be installed.
 */
public final class DevPortal {

    static final int DB_PORT = 3307;
    static final int KEYCLOAK_PORT = 8180;
    static final int KEYCLOAK_MANAGEMENT_PORT = 9180;
    static final int PORTAL_PORT = 8080;
    static final int SMTP_PORT = 3025;
    static final int IMAP_PORT = 3143;
    /** With {@code --nodes}: the first node's HTTP port and data grid port; the next ones follow. */
    static final int FIRST_NODE_PORT = 8081;
    static final int FIRST_DATA_GRID_PORT = 5901;

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
            FileTrees.delete(state);
            System.out.println("Données locales effacées : " + state);
        }
        int nodeCount = nodes(args);
        String externalDb = System.getenv("CTG_DB_URL");
        String externalMail = System.getenv("CTG_MAIL_HOST");
        Ports.requireFree(PORTAL_PORT, nodeCount > 1 ? "HAProxy" : "portail");
        if (nodeCount > 1) {
            ReverseProxy.program(); // says how to install it before anything starts
            for (int n = 0; n < nodeCount; n++) {
                Ports.requireFree(FIRST_NODE_PORT + n, "nœud " + (n + 1));
                Ports.requireFree(FIRST_DATA_GRID_PORT + n, "nœud " + (n + 1) + ", Hazelcast");
            }
        }
        if (externalMail == null) {
            Ports.requireFree(SMTP_PORT, "GreenMail, SMTP");
            Ports.requireFree(IMAP_PORT, "GreenMail, IMAP");
        }
        Ports.requireFree(KEYCLOAK_PORT, "Keycloak");
        Ports.requireFree(KEYCLOAK_MANAGEMENT_PORT, "Keycloak, gestion");

        EmbeddedDatabase db = externalDb == null ? new EmbeddedDatabase(state.resolve("mariadb"), DB_PORT) : null;
        GreenMailServer mail = externalMail == null
                ? new GreenMailServer(state.resolve("mail"), SMTP_PORT, IMAP_PORT)
                : null;
        KeycloakServer keycloak = new KeycloakServer(runtime.resolve("keycloak.zip"), state.resolve("keycloak"),
                KEYCLOAK_PORT, KEYCLOAK_MANAGEMENT_PORT);
        Map<String, String> env = new HashMap<>();
        if (db != null) {
            env.put("CTG_DB_URL", db.jdbcUrl());
            env.put("CTG_DB_USER", EmbeddedDatabase.USER);
            env.put("CTG_DB_PASSWORD", EmbeddedDatabase.PASSWORD);
            env.put("CTG_DEMO_DATA", "true");
        }
        if (mail != null) {
            env.put("CTG_MAIL_HOST", mail.host());
            env.put("CTG_MAIL_PORT", Integer.toString(mail.smtpPort()));
        } // else Payara Micro inherits CTG_MAIL_HOST, CTG_MAIL_PORT and CTG_MAIL_FROM from this environment
        env.put("CTG_OIDC_PROVIDER_URI", keycloak.issuerUri());
        List<PayaraMicroServer> portals = new ArrayList<>();
        ReverseProxy proxy = null;
        if (nodeCount == 1) {
            portals.add(new PayaraMicroServer(runtime.resolve("payara-micro.jar"),
                    runtime.resolve("ctg-portal-web.war"), PORTAL_PORT, state.resolve("payara"), env));
        } else {
            List<Integer> dataGrid = new ArrayList<>();
            Map<String, Integer> nodes = new LinkedHashMap<>();
            for (int n = 0; n < nodeCount; n++) {
                dataGrid.add(FIRST_DATA_GRID_PORT + n);
                nodes.put("node" + (n + 1), FIRST_NODE_PORT + n);
            }
            for (Map.Entry<String, Integer> node : nodes.entrySet()) {
                portals.add(new PayaraMicroServer(runtime.resolve("payara-micro.jar"),
                        runtime.resolve("ctg-portal-web.war"), node.getValue(),
                        state.resolve("payara-" + node.getKey()),
                        env, new PayaraMicroServer.Cluster("ctg-portal", node.getKey(),
                                dataGrid.get(portals.size()), dataGrid)));
            }
            proxy = new ReverseProxy(PORTAL_PORT, nodes, state.resolve("haproxy"));
        }
        ReverseProxy frontProxy = proxy;

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nArrêt du portail, de Keycloak, de GreenMail et de MariaDB...");
            // each in turn, even if one of them fails: nothing is left running
            if (frontProxy != null) {
                quietly(frontProxy::stop);
            }
            portals.forEach(portal -> quietly(portal::stop));
            quietly(keycloak::stop);
            if (mail != null) {
                quietly(mail::stop);
            }
            if (db != null) {
                quietly(db::stop);
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
            if (mail != null) {
                step("Courriels : GreenMail, SMTP 127.0.0.1:" + SMTP_PORT + ", IMAP 127.0.0.1:" + IMAP_PORT
                        + " (identifiant = adresse du destinataire, mot de passe quelconque), copies dans "
                        + mail.folder());
                mail.start();
            } else {
                step("Courriels : serveur SMTP externe " + externalMail + ":"
                        + Objects.requireNonNullElse(System.getenv("CTG_MAIL_PORT"), "3025") + " (pas de GreenMail)");
            }
            step("Keycloak sur " + keycloak.issuerUri() + " (premier démarrage ~1 min)");
            keycloak.start(Duration.ofMinutes(4));
            if (frontProxy == null) {
                step("Payara Micro et le portail sur http://localhost:" + PORTAL_PORT + "/");
                portals.get(0).start(Duration.ofMinutes(4));
            } else {
                for (PayaraMicroServer portal : portals) {
                    step("Nœud " + (portals.indexOf(portal) + 1) + " : Payara Micro et le portail sur "
                            + portal.baseUrl() + "/ (grappe Hazelcast sur 127.0.0.1)");
                    portal.start(Duration.ofMinutes(4));
                }
                step("HAProxy devant les " + nodeCount + " nœuds sur http://localhost:" + PORTAL_PORT + "/");
                frontProxy.start(Duration.ofMinutes(1));
            }
        } catch (RuntimeException e) {
            fail(e.getMessage());
        }
        System.out.println(banner(mail, nodeCount));
        stopped.await();
    }

    /** {@code --nodes N}: how many Payara Micro nodes, 1 without it. */
    static int nodes(String[] args) {
        List<String> list = List.of(args);
        int at = list.indexOf("--nodes");
        if (at < 0) {
            return 1;
        }
        try {
            int n = Integer.parseInt(list.get(at + 1));
            if (n >= 1 && n <= 4) {
                return n;
            }
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            // the message below
        }
        fail("--nodes attend un nombre de nœuds de 1 à 4 (exemple : ./run.sh --nodes 2).");
        return 1;
    }

    private static String banner(GreenMailServer mail, int nodeCount) {
        String mails = mail == null
                ? "Courriels : serveur SMTP externe " + System.getenv("CTG_MAIL_HOST")
                : "Courriels : " + mail.folder().getParent().getFileName() + "/" + mail.folder().getFileName()
                        + "/*.eml, ou IMAP 127.0.0.1:" + mail.imapPort() + " (identifiant = adresse)";
        return """

                ==================================================================
                 Portail CTG prêt : http://localhost:%d/%s
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
                 %s
                 Ctrl-C arrête tout.
                ==================================================================
                """.formatted(PORTAL_PORT, nodeCount == 1
                ? ""
                : " (HAProxy, " + nodeCount + " nœuds : " + FIRST_NODE_PORT + "-" + (FIRST_NODE_PORT + nodeCount - 1)
                        + ")",
                KEYCLOAK_PORT, mails);
    }

    private static void quietly(Runnable stop) {
        try {
            stop.run();
        } catch (RuntimeException e) {
            System.err.println("ERREUR à l'arrêt : " + e.getMessage());
        }
    }

    private static void step(String what) {
        System.out.println("-> " + what);
    }

    private static void fail(String message) {
        System.err.println("\nERREUR : " + message);
        System.exit(1);
    }
}
